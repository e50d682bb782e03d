package org.reachable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.LinkOutcome;
import org.reachable.identity.MatchPerson;
import org.reachable.identity.MatchResult;
import org.reachable.identity.PersonDetails;
import org.reachable.identity.PersonMatcher;
import org.reachable.identity.PersonToMatch;
import org.reachable.platform.validation.Checks;
import org.reachable.support.ReachableTest;
import org.reachable.synthetic.AgencyRecord;
import org.reachable.synthetic.BoroughGenerator;
import org.reachable.synthetic.BoroughSpec;
import org.reachable.synthetic.ChildBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live matching measured against ground truth: a synthetic borough (seed 11, not the seed the starting model learned
 * from) is registered, and its five agencies' own records of those children (nicknames, typos, old surnames and
 * addresses, swapped dates, missing identifiers) go through the real path, {@link MatchPerson#matchAll} and the
 * application's {@link PersonMatcher}, into the real database. Three in five records go first, with the starting
 * model; the matcher is then retrained on the register and the records it linked; the rest go through the
 * retrained model. Each half must link automatically with precision of at least 0.999 and F1 of at least 0.98.
 * {@code -Dmatcher.children=20000} runs it at the demo borough's size (the figures in docs/benchmarks-linkage.md).
 */
@ReachableTest
class LiveMatchingAccuracyTest {

    private static final Logger log = LoggerFactory.getLogger(LiveMatchingAccuracyTest.class);
    private static final String SOURCE = "accuracy-test ";
    private static final int BATCH = 250;

    @Autowired
    ChildRegister register;
    @Autowired
    MatchPerson match;
    @Autowired
    PersonMatcher matcher;
    @Autowired
    ModelTrainer trainer;
    @Autowired
    ModelStore models;
    @Autowired
    RegisterIndex index;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    /** Who each register or provisional child really is. */
    private final Map<UUID, UUID> truthOf = new HashMap<>();

    @Test
    void agencyRecordsLinkPreciselyAndCompletelyBeforeAndAfterRetraining() {
        int children = Integer.getInteger("matcher.children", 4_000);
        BoroughGenerator generator = new BoroughGenerator(BoroughSpec.of(11, children, LocalDate.now()));
        List<AgencyRecord> first = new ArrayList<>();
        List<AgencyRecord> second = new ArrayList<>();
        for (Iterator<ChildBatch> it = generator.batches(2_000, true); it.hasNext(); ) {
            ChildBatch batch = it.next();
            register.loadAll(batch.children());
            batch.children().stream().map(ChildRecord::id).forEach(id -> truthOf.put(id, id));
            for (AgencyRecord r : batch.agencyRecords()) {
                (Math.floorMod(r.recordId().hashCode(), 5) < 3 ? first : second).add(r);
            }
        }
        long modelsBefore = jdbc.sql("select coalesce(max(id), 0) from identity_linkage_model").query(Long.class)
                .single();
        try {
            Score before = feed(first);
            ModelTrainer.Outcome retrained = trainer.retrain();
            log.info("Retraining: {}", retrained.lines());
            Score after = feed(second);
            log.info("Live matching, {} children: starting model {}; retrained {}", children, before, after);

            assertThat(retrained.inUse()).as(String.join("\n", retrained.lines())).isTrue();
            for (Score score : List.of(before, after)) {
                assertThat(score.records()).isGreaterThan(children / 2);
                assertThat(score.precision()).as("precision of automatic links " + score).isGreaterThanOrEqualTo(0.999);
                assertThat(score.f1()).as("F1 " + score).isGreaterThanOrEqualTo(0.98);
            }
        } finally {
            jdbc.sql("delete from identity_match_review where source like :s").param("s", SOURCE + "%").update();
            jdbc.sql("delete from identity_linkage_model where id > :id").param("id", modelsBefore).update();
            index.rebuild(models.inUse());
        }
    }

    private Score feed(List<AgencyRecord> records) {
        int correct = 0;
        int wrong = 0;
        int reviews = 0;
        int fresh = 0;
        for (int from = 0; from < records.size(); from += BATCH) {
            List<AgencyRecord> batch = records.subList(from, Math.min(records.size(), from + BATCH));
            List<PersonToMatch> people = batch.stream().map(this::person).toList();
            List<String> sources = batch.stream().map(r -> SOURCE + r.agency() + " " + r.recordId()).toList();
            List<MatchResult> results = transaction.execute(status -> match.matchAll(people, sources));
            for (int i = 0; i < batch.size(); i++) {
                UUID truth = batch.get(i).personId();
                MatchResult result = results.get(i);
                if (result.outcome() == LinkOutcome.LINKED) {
                    if (truth.equals(truthOf.get(result.personId()))) {
                        correct++;
                    } else {
                        wrong++;
                    }
                } else {
                    truthOf.put(result.personId(), truth);
                    reviews += result.outcome() == LinkOutcome.REVIEW ? 1 : 0;
                    fresh += result.outcome() == LinkOutcome.NEW ? 1 : 0;
                }
            }
        }
        return new Score(records.size(), correct, wrong, reviews, fresh);
    }

    private PersonToMatch person(AgencyRecord r) {
        Map<String, String> ids = new LinkedHashMap<>();
        put(ids, "NHS", r.nhsNumber());
        put(ids, "UPN", r.upn());
        put(ids, "POLICE", r.policeRef());
        put(ids, "CSC", r.cscRef());
        put(ids, "YJS", r.yjsRef());
        Checks checks = new Checks();
        PersonToMatch person = match.check(new PersonDetails(r.givenNames(), r.familyName(), List.of(),
                r.dateOfBirth().toString(), r.sex(), null, r.addressLine1(), r.postcode().isEmpty() ? null
                : r.postcode(), ids), checks, "person.");
        checks.throwIfAny();
        return person;
    }

    private static void put(Map<String, String> ids, String scheme, String value) {
        if (!value.isEmpty()) {
            ids.put(scheme, value);
        }
    }

    /**
     * Per incoming record: linked to the right child (directly, or to a provisional record of the same child made
     * earlier), linked to the wrong one, sent for review, or registered as new (both of the last are missed links,
     * since every record's child is in the register).
     */
    record Score(int records, int correct, int wrong, int reviews, int fresh) {

        double precision() {
            return correct / (double) Math.max(1, correct + wrong);
        }

        double recall() {
            return correct / (double) records;
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d records: %d linked right, %d wrong, %d review, %d new; "
                    + "precision %.4f, recall %.4f, F1 %.4f", records, correct, wrong, reviews, fresh, precision(),
                    recall(), f1());
        }
    }
}
