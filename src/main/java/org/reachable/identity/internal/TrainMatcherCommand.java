package org.reachable.identity.internal;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar reachable.jar train-matcher}: retrains the matcher's model on the register and the agency records
 * it has linked, checks it against reviewers' decisions and, if it passes, stores it as the model in use (a running
 * server picks it up at its next model check, within a minute).
 */
@Component
class TrainMatcherCommand implements org.reachable.platform.cli.Subcommand {

    private final ModelTrainer trainer;

    TrainMatcherCommand(ModelTrainer trainer) {
        this.trainer = trainer;
    }

    @Override
    public String name() {
        return "train-matcher";
    }

    @Override
    public String summary() {
        return "retrain the identity matcher's model on the register and linked agency records";
    }

    @Override
    public int run(String[] args) {
        ModelTrainer.Outcome outcome = trainer.retrain();
        outcome.lines().forEach(System.out::println);
        return outcome.inUse() ? 0 : 1;
    }
}
