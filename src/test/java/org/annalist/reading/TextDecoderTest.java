package org.annalist.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String FRENCH = "Le ministre a déclaré mercredi à Téhéran que l'accord était « caduc » : "
            + "« Nous répondrons de façon proportionnée », a-t-il ajouté. L'été dernier, déjà, les négociations "
            + "avaient échoué à Genève après trois jours d'âpres discussions.";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void readsUtf8() throws Exception {
        TextDecoder.Decoded decoded = decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), null);
        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void honoursAndStripsAByteOrderMark() throws Exception {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8));
        assertThat(decoder.decode(utf8, null).text()).isEqualTo(FRENCH);

        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.Decoded decoded = decoder.decode(utf16, null);
        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void detectsWindows1252() throws Exception {
        String text = FRENCH + " Le coût : 3 000 € ; l’œuvre « réussie ».";
        TextDecoder.Decoded decoded = decoder.decode(text.getBytes(Charset.forName("windows-1252")), null);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("windows-1252");
    }

    @Test
    void aDeclaredLatin1CharsetIsReadAsWindows1252LikeBrowsersDo() throws Exception {
        String text = "l’œuvre coûte 3 €";
        assertThat(decoder.decode(text.getBytes(Charset.forName("windows-1252")), "iso-8859-1").text()).isEqualTo(text);
    }

    @Test
    void rejectsEmptyBlankAndBinaryInput() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], null)).hasMessage("empty file");
        assertThatThrownBy(() -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("empty file");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode(png, null)).hasMessage("binary file, not text");
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkButStillRejectsBinary() throws Exception {
        TextDecoder.Decoded little = decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_16LE), null);
        assertThat(little.text()).isEqualTo(FRENCH);
        assertThat(little.charset()).isEqualTo("UTF-16LE");
        TextDecoder.Decoded big = decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_16BE), null);
        assertThat(big.text()).isEqualTo(FRENCH);
        assertThat(big.charset()).isEqualTo("UTF-16BE");
        // Binary with NULs every other byte is still binary: it decodes into control characters.
        byte[] pairs = new byte[4096];
        for (int i = 0; i < pairs.length; i += 2) {
            pairs[i] = (byte) (i % 7 + 1);
        }
        assertThatThrownBy(() -> decoder.decode(pairs, null)).hasMessage("binary file, not text");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
