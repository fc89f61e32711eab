package org.annalist.documents.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives an upload into a temporary file, with the limits enforced by the server: at most {@code fileMax} bytes a
 * file (reading stops at the first byte over it, whatever the request declares), {@code requestMax} bytes a request
 * and {@code filesMax} files a request (told to Vaadin, which refuses a larger request before reading it). Memory
 * holds a copy buffer, never the upload; the temporary file is deleted once the callback returns.
 */
public final class StreamedUpload implements UploadHandler {

    /** What becomes of each upload. */
    public interface Receiver {
        /** The whole file, at most {@code fileMax} bytes, in {@code file}. */
        void received(String fileName, Path file, long size);

        /** A file over the limit: {@code size} bytes received before stopping (or declared). */
        void tooLarge(String fileName, long size, boolean stopped);
    }

    private final long fileMax;
    private final long requestMax;
    private final int filesMax;
    private final Receiver receiver;

    public StreamedUpload(long fileMax, long requestMax, int filesMax, Receiver receiver) {
        this.fileMax = fileMax;
        this.requestMax = requestMax;
        this.filesMax = filesMax;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        if (event.getFileSize() > fileMax) {
            event.reject("File too large");
            receiver.tooLarge(name, event.getFileSize(), false);
            return;
        }
        Path temp = Files.createTempFile("annalist-upload-", ".part");
        try {
            long received;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                received = copy(in, out, fileMax + 1);
            }
            if (received > fileMax) {
                event.reject("File too large");
                receiver.tooLarge(name, received, true);
                return;
            }
            receiver.received(name, temp, received);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies at most {@code max} bytes; the number copied. */
    public static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        while (total < max) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    @Override
    public long getFileSizeMax() {
        return fileMax;
    }

    @Override
    public long getRequestSizeMax() {
        return requestMax;
    }

    @Override
    public long getFileCountMax() {
        return filesMax;
    }
}
