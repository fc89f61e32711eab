package org.annalist.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text: a byte-order mark wins, then strict UTF-8, then a charset the document declares
 * (HTML {@code <meta charset>}), then statistical detection (juniversalchardet). Binary data and bytes that no
 * encoding explains are rejected rather than decoded into garbage.
 */
final class TextDecoder {

    record Decoded(String text, String charset) {
    }

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which bytes are taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    Decoded decode(byte[] bytes, String declaredCharset) throws RejectedInputException {
        if (bytes.length == 0) {
            throw new RejectedInputException("empty file");
        }
        Decoded decoded = decodeWithBom(bytes).or(() -> utf16WithoutBom(bytes)).orElse(null);
        if (decoded == null) {
            if (looksBinary(bytes)) {
                throw new RejectedInputException("binary file, not text");
            }
            decoded = decodeWithoutBom(bytes, declaredCharset);
        }
        if (decoded.text().isBlank()) {
            throw new RejectedInputException("empty file (only blank characters)");
        }
        return decoded;
    }

    private static Optional<Decoded> decodeWithBom(byte[] b) throws RejectedInputException {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(strictOrReject(b, 4, UTF_32BE));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(strictOrReject(b, 4, UTF_32LE));
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(strictOrReject(b, 3, StandardCharsets.UTF_8));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(strictOrReject(b, 2, StandardCharsets.UTF_16BE));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(strictOrReject(b, 2, StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    private static Decoded decodeWithoutBom(byte[] bytes, String declaredCharset) throws RejectedInputException {
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8.name());
        }
        Optional<Charset> declared = charset(declaredCharset);
        if (declared.isPresent()) {
            Optional<String> text = strict(bytes, 0, declared.get());
            if (text.isPresent()) {
                return new Decoded(text.get(), declared.get().name());
            }
        }
        String detectedName = detect(bytes);
        Charset detected = charset(detectedName).orElseThrow(() -> new RejectedInputException(
                "unknown text encoding: not valid UTF-8 and no other encoding could be recognised"));
        return strict(bytes, 0, detected)
                .map(text -> new Decoded(text, detected.name()))
                .orElseThrow(() -> new RejectedInputException(
                        "unreadable text: looks like " + detected.name() + " but is not valid in it"));
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(name.strip());
            // As browsers do (WHATWG Encoding): Latin-1 labels mean windows-1252, which maps 0x80-0x9F to ’ € œ ...
            if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                return Optional.of(WINDOWS_1252);
            }
            return Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Decoded strictOrReject(byte[] bytes, int offset, Charset charset) throws RejectedInputException {
        return strict(bytes, offset, charset)
                .map(text -> new Decoded(text, charset.name()))
                .orElseThrow(() -> new RejectedInputException(
                        "invalid " + charset.name() + " text despite its byte-order mark"));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * UTF-16 without a byte-order mark (some Windows tools write it): text in Latin scripts has a NUL in every other
     * byte, on the same side. Taken for UTF-16 only when it decodes strictly into text without control characters.
     */
    private static Optional<Decoded> utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int sample = Math.min(bytes.length, 64 * 1024) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        Charset charset;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            charset = StandardCharsets.UTF_16LE;
        } else if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return Optional.empty();
        }
        return strict(bytes, 0, charset).filter(TextDecoder::textual).map(text -> new Decoded(text, charset.name()));
    }

    /** Decoded text without NULs and with few control characters. */
    private static boolean textual(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control <= text.length() * MAX_CONTROL_SHARE;
    }

    /** NUL bytes or many control characters: an image, an archive, a PDF, a UTF-16 file without BOM... */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample * MAX_CONTROL_SHARE;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
