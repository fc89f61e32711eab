package org.annalist.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploads go to a temporary file and stop at the limit, whatever the client sends or declares. */
class StreamedUploadTest {

    private static final long LIMIT = 20L * 1024 * 1024;

    /** An endless stream that counts what was read of it (nothing is held in memory). */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }
    }

    private final List<String> outcomes = new ArrayList<>();
    private final StreamedUpload handler = new StreamedUpload(LIMIT, LIMIT + 65536, 1, new StreamedUpload.Receiver() {
        @Override
        public void received(String fileName, Path file, long size) {
            try {
                outcomes.add("received " + fileName + " " + size + " " + Files.readString(file, StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void tooLarge(String fileName, long size, boolean stopped) {
            outcomes.add("too large " + fileName + " " + size + " " + stopped);
        }
    });

    @Test
    void aHundredAndFiftyMegabytePostStopsAtTheLimitWithoutFillingTheHeap() throws Exception {
        UploadEvent event = mock(UploadEvent.class);
        Endless body = new Endless();
        when(event.getFileName()).thenReturn("big.txt");
        when(event.getFileSize()).thenReturn(-1L);
        when(event.getInputStream()).thenReturn(body);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        handler.handleUploadRequest(event);
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertThat(body.read).isBetween(LIMIT + 1, LIMIT + 65536);
        assertThat(outcomes).containsExactly("too large big.txt " + (LIMIT + 1) + " true");
        verify(event).reject("File too large");
        // A copy buffer, not the upload (generous bound: other threads allocate too).
        assertThat(after - before).isLessThan(LIMIT);
        assertThat(handler.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(handler.getRequestSizeMax()).isEqualTo(LIMIT + 65536);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReadingAndASmallFileIsReceivedWhole() throws Exception {
        UploadEvent big = mock(UploadEvent.class);
        Endless body = new Endless();
        when(big.getFileName()).thenReturn("declared.txt");
        when(big.getFileSize()).thenReturn(150L * 1024 * 1024);
        when(big.getInputStream()).thenReturn(body);
        handler.handleUploadRequest(big);
        assertThat(body.read).isZero();

        UploadEvent small = mock(UploadEvent.class);
        when(small.getFileName()).thenReturn("small.txt");
        when(small.getFileSize()).thenReturn(5L);
        when(small.getInputStream()).thenReturn(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));
        handler.handleUploadRequest(small);
        assertThat(outcomes).containsExactly("too large declared.txt " + 150L * 1024 * 1024 + " false",
                "received small.txt 5 hello");
        // The temporary files are gone.
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("annalist-upload-")).count()).isZero();
        }
    }
}
