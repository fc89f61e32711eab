package org.annalist.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.annalist.reading.IngestOptions;
import org.annalist.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** On the first start of the web application (no document yet), ingests the seed corpus shipped in the jar, so a new user sees real data. */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "annalist.seeds.enabled", havingValue = "true", matchIfMissing = true)
public class SeedLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);

    private final DocumentRepository documents;
    private final IngestService ingest;

    public SeedLoader(DocumentRepository documents, IngestService ingest) {
        this.documents = documents;
        this.ingest = ingest;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (documents.count() > 0) {
            return;
        }
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*");
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Resource seed : seeds) {
            if (seed.getFilename() == null) {
                continue;
            }
            try (InputStream in = seed.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                String name = "seeds/" + seed.getFilename();
                LOG.info("Seed corpus: {}", SystemIdentity.call("system:seeds",
                        () -> ingest.ingest(name, bytes, IngestOptions.NONE)).line());
            }
        }
    }
}
