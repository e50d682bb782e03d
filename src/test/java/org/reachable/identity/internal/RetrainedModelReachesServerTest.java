package org.reachable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A model stored by {@code train-matcher} (its own process) reaches the running server at the next model check: the
 * register index is rebuilt with it, and left alone while no newer model has been stored.
 */
@ReachableTest
class RetrainedModelReachesServerTest {

    @Autowired
    RegisterIndex index;
    @Autowired
    ModelStore models;
    @Autowired
    LinkageRepository repository;

    @Test
    void aNewlyStoredModelIsTakenIntoUseAndAnUnchangedOneIsNot() {
        RegisterIndex.Engine before = index.engine();
        index.followNewModel();
        RegisterIndex.Engine settled = index.engine();
        assertThat(settled.modelId()).isEqualTo(repository.latestModelId());

        index.followNewModel();
        assertThat(index.engine()).as("no newer model: the index is not rebuilt").isSameAs(settled);

        // What the train-matcher command does in its own process: store a model, without telling this server.
        repository.saveModel(Instant.now(), 1, 1, 0, 0, 1, before.model().parameters(), Map.of("test", "reload"));
        long stored = repository.latestModelId();
        assertThat(index.engine().modelId()).as("not yet checked").isNotEqualTo(stored);

        index.followNewModel();

        assertThat(index.engine().modelId()).isEqualTo(stored);
        assertThat(index.engine().modelSource()).contains("model " + stored);
        assertThat(index.engine().index().size()).as("the whole register is in the rebuilt index")
                .isEqualTo(settled.index().size());
    }
}
