package org.reachable.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.linkage.Candidate;
import org.reachable.linkage.LabelledPair;
import org.reachable.linkage.Linkage;
import org.reachable.linkage.LinkageIndex;
import org.reachable.linkage.LinkageModel;
import org.reachable.linkage.MatchDecision;
import org.reachable.linkage.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Retrains the matcher's model on this partnership's own records and puts it in use. It learns from the register
 * (every child, merged records included: a record a reviewer merged is another agency's view of the same child) and
 * the agency records linked automatically ({@code identity_agency_record}), which hold the duplicates the agencies'
 * spelling, typing and date errors are learned from. Reviewers' decisions ({@code identity_match_review}, SAME or
 * DIFFERENT) are used twice: as training labels (pairs whose answer is known, see {@link Linkage#train(List,
 * org.reachable.linkage.LinkageSettings, List)}), and as the test the new model must pass: if it would still link
 * automatically any pair a person decided were different children, it is not used. Without enough duplicates to
 * learn from, the model in use is kept.
 */
@Component
class ModelTrainer {

    private static final Logger log = LoggerFactory.getLogger(ModelTrainer.class);

    /** Below this many duplicates (agency records plus merged records), EM has too little to learn the errors from. */
    static final int MIN_DUPLICATES = 500;
    /** The most recent agency records trained on; more only slows training down. */
    static final int MAX_AGENCY_RECORDS = 100_000;

    private final LinkageRepository repository;
    private final ModelStore models;
    private final RegisterIndex index;
    private final Clock clock;
    private final boolean batch;

    ModelTrainer(LinkageRepository repository, ModelStore models, RegisterIndex index, Clock clock,
                 org.springframework.core.env.Environment environment) {
        this.batch = environment.acceptsProfiles(org.springframework.core.env.Profiles.of("batch"));
        this.repository = repository;
        this.models = models;
        this.index = index;
        this.clock = clock;
    }

    /** What a training run did, in lines for the command and the log. */
    record Outcome(boolean inUse, List<String> lines) {
    }

    /** At start-up, when no model has been trained here yet but there is enough to learn from. */
    @EventListener(ApplicationReadyEvent.class)
    void trainIfNeverTrained() {
        if (batch) {
            return;
        }
        // A platform thread, like the register index's build: a long start-up job that reads the application's jar
        // while request threads load classes. As a virtual thread it was seen to hold the jar's lock unmounted while
        // the only two carriers were pinned by virtual threads waiting for that lock: the server hung at start.
        Thread.ofPlatform().daemon().name("matcher-training").start(() -> {
            if (repository.latestModel().isEmpty() && repository.duplicatesToLearnFrom() >= MIN_DUPLICATES) {
                retrain().lines().forEach(line -> log.info("Matcher training: {}", line));
            }
        });
    }

    synchronized Outcome retrain() {
        long started = System.nanoTime();
        List<LinkageRepository.RegisterPerson> register = repository.register();
        List<PersonRecord> agency = repository.agencyRecords(MAX_AGENCY_RECORDS);
        int merged = (int) register.stream().filter(LinkageRepository.RegisterPerson::merged).count();
        List<String> lines = new ArrayList<>();
        lines.add(register.size() + " people in the register (" + merged + " merged records), " + agency.size()
                + " agency records linked automatically");
        if (agency.size() + merged < MIN_DUPLICATES) {
            lines.add("Not trained: fewer than " + MIN_DUPLICATES + " agency or merged records to learn agencies' "
                    + "errors from; the model in use is kept (" + models.inUse().source() + ")");
            return new Outcome(false, lines);
        }
        List<PersonRecord> records = new ArrayList<>(register.size() + agency.size());
        register.forEach(p -> records.add(p.record()));
        records.addAll(agency);
        List<LinkageRepository.Label> labels = repository.labels();
        List<LabelledPair> decided = labels.stream().map(l -> new LabelledPair(l.incomingId().toString(),
                l.candidateId().toString(), l.same())).toList();
        LinkageModel model = Linkage.train(records, models.settings(), decided);
        long millis = (System.nanoTime() - started) / 1_000_000;
        lines.add("Trained on " + records.size() + " records and " + decided.size() + " reviewers' decisions in "
                + millis + " ms");

        Map<String, Integer> checked = againstLabels(model, register, labels);
        lines.add("Reviewers' decisions: " + checked);
        if (checked.getOrDefault("DIFFERENT decided LINK", 0) > 0) {
            lines.add("Not used: it would link automatically " + checked.get("DIFFERENT decided LINK")
                    + " pair(s) a person decided were different children; the model in use is kept");
            return new Outcome(false, lines);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("labels", checked);
        summary.put("model", model.describe());
        repository.saveModel(clock.instant(), register.size() - merged, agency.size(), merged, labels.size(), millis,
                model.parameters(), summary);
        ModelStore.ModelInUse stored = models.inUse();
        index.rebuild(stored);
        lines.add("In use: " + stored.source());
        return new Outcome(true, lines);
    }

    /** How the model decides each pair reviewers decided, counted as "SAME decided LINK" and so on. */
    private static Map<String, Integer> againstLabels(LinkageModel model, List<LinkageRepository.RegisterPerson> people,
                                                     List<LinkageRepository.Label> labels) {
        Map<UUID, PersonRecord> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p.record()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LinkageRepository.Label label : labels) {
            PersonRecord incoming = byId.get(label.incomingId());
            PersonRecord candidate = byId.get(label.candidateId());
            if (incoming == null || candidate == null) {
                continue;
            }
            LinkageIndex pair = LinkageIndex.create(model);
            pair.add(candidate);
            List<Candidate> found = pair.bestCandidates(incoming, 1);
            MatchDecision decision = found.isEmpty() ? MatchDecision.NO_LINK : found.getFirst().decision();
            counts.merge((label.same() ? "SAME" : "DIFFERENT") + " decided " + decision, 1, Integer::sum);
        }
        return counts;
    }
}
