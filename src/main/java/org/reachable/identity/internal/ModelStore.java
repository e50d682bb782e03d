package org.reachable.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.linkage.LinkageModel;
import org.reachable.linkage.LinkageSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the matcher's model comes from: the newest model trained on this register ({@code identity_linkage_model}),
 * or, until one has been trained, the starting model shipped with Reachable (learned from the synthetic borough's
 * agency records; see docs/linkage.md). Loading either is a single read, so start-up never waits for training.
 */
@Component
class ModelStore {

    static final String STARTING_MODEL = "/identity/linkage-model-start.json";

    private final LinkageRepository repository;
    private final ObjectMapper json;
    private final LinkageSettings settings;

    ModelStore(LinkageRepository repository, ObjectMapper json, IdentifierChecksForLinkage check,
               @Value("${reachable.identity.link-threshold:" + LinkageSettings.DEFAULT_LINK + "}") double link,
               @Value("${reachable.identity.review-threshold:" + LinkageSettings.DEFAULT_REVIEW + "}") double review) {
        this.repository = repository;
        this.json = json;
        this.settings = LinkageSettings.defaults(check).withThresholds(link, review);
    }

    /** A model and where it came from; {@code id} is its row in {@code identity_linkage_model}, 0 for the starting model. */
    record ModelInUse(long id, LinkageModel model, String source) {
    }

    LinkageSettings settings() {
        return settings;
    }

    IdentifierCheck check() {
        return settings.check();
    }

    ModelInUse inUse() {
        return repository.latestModel()
                .map(m -> new ModelInUse(m.id(), LinkageModel.of(m.parameters(), settings), "trained on this register at "
                        + m.trainedAt() + " (model " + m.id() + ")"))
                .orElseGet(this::starting);
    }

    ModelInUse starting() {
        try (InputStream in = ModelStore.class.getResourceAsStream(STARTING_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The starting linkage model " + STARTING_MODEL + " is missing");
            }
            LinkageModel.Parameters parameters = json.readValue(in, LinkageModel.Parameters.class);
            return new ModelInUse(0, LinkageModel.of(parameters, settings), "starting model (synthetic borough)");
        } catch (IOException e) {
            throw new UncheckedIOException("The starting linkage model cannot be read", e);
        }
    }
}
