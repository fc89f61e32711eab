package org.annalist.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What one person may upload in an hour ({@code annalist.security.upload-files-per-hour}, {@code -bytes-per-hour}),
 * on top of the limits of each file and each request: a stolen or careless account cannot fill the disk.
 */
@Component
public class UploadQuota {

    private record Upload(Instant at, long bytes) {
    }

    private static final Duration HOUR = Duration.ofHours(1);

    private final int files;
    private final long bytes;
    private final Clock clock;
    private final Map<String, Deque<Upload>> uploads = new ConcurrentHashMap<>();

    @Autowired
    public UploadQuota(SecuritySettings settings) {
        this(settings.uploadFilesPerHour(), settings.uploadBytesPerHour().toBytes(), Clock.systemUTC());
    }

    UploadQuota(int files, long bytes, Clock clock) {
        this.files = files;
        this.bytes = bytes;
        this.clock = clock;
    }

    public int filesPerHour() {
        return files;
    }

    public long bytesPerHour() {
        return bytes;
    }

    /** Counts an upload of {@code size} bytes by {@code account} and says true, or says false if it would pass the quota. */
    public boolean take(String account, long size) {
        Instant now = clock.instant();
        boolean[] allowed = {false};
        uploads.compute(Accounts.normalise(account), (name, recent) -> {
            Deque<Upload> kept = recent == null ? new ArrayDeque<>() : recent;
            while (!kept.isEmpty() && !kept.peekFirst().at().isAfter(now.minus(HOUR))) {
                kept.removeFirst();
            }
            long used = kept.stream().mapToLong(Upload::bytes).sum();
            if (kept.size() < files && used + size <= bytes) {
                kept.addLast(new Upload(now, size));
                allowed[0] = true;
            }
            return kept;
        });
        return allowed[0];
    }
}
