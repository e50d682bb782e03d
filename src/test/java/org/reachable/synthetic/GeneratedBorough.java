package org.reachable.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reachable.access.Relationships.Grant;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.identity.ChildRecord;

/** A whole generated borough held in memory for unit tests, built once per spec and shared between test classes. */
record GeneratedBorough(BoroughSpec spec, Partnership partnership, List<ChildRecord> children,
                        List<ChronologyEvent> events, List<Grant> grants, List<FrontDoorCase> frontDoorCases,
                        List<AgencyRecord> agencyRecords, List<NotableChild> notable) {

    static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final Map<String, GeneratedBorough> CACHE = new HashMap<>();

    /** The borough most tests look at: 20,000 children, with agency views. */
    static GeneratedBorough standard() {
        return of(BoroughSpec.of(20261122, 20_000, TODAY), true, BoroughGenerator.DEFAULT_BATCH);
    }

    static synchronized GeneratedBorough of(BoroughSpec spec, boolean views, int batchSize) {
        return CACHE.computeIfAbsent(spec + "/" + views + "/" + batchSize, k -> generate(spec, views, batchSize));
    }

    /** Always a new generation, never from the cache. */
    static GeneratedBorough generate(BoroughSpec spec, boolean views, int batchSize) {
        BoroughGenerator generator = new BoroughGenerator(spec);
        Partnership partnership = generator.partnership();
        List<ChildRecord> children = new ArrayList<>();
        List<ChronologyEvent> events = new ArrayList<>();
        List<Grant> grants = new ArrayList<>();
        List<FrontDoorCase> frontDoor = new ArrayList<>();
        List<AgencyRecord> records = new ArrayList<>();
        List<NotableChild> notable = new ArrayList<>();
        for (Iterator<ChildBatch> it = generator.batches(batchSize, views); it.hasNext(); ) {
            ChildBatch batch = it.next();
            children.addAll(batch.children());
            events.addAll(batch.events());
            grants.addAll(batch.grants());
            frontDoor.addAll(batch.frontDoorCases());
            records.addAll(batch.agencyRecords());
            notable.addAll(batch.notable());
        }
        return new GeneratedBorough(spec, partnership, children, events, grants, frontDoor, records, notable);
    }

    Map<UUID, ChildRecord> childrenById() {
        return children.stream().collect(Collectors.toMap(ChildRecord::id, Function.identity()));
    }

    Map<UUID, List<ChronologyEvent>> eventsByChild() {
        return events.stream().collect(Collectors.groupingBy(ChronologyEvent::personId));
    }

    NotableChild showcase() {
        return notable.stream().filter(n -> n.kind() == NotableChild.Kind.SHOWCASE).findFirst().orElseThrow();
    }

    /** SHA-256 over every generated row, in order (event details sorted, so map order cannot matter). */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Function<Object, Object> add = o -> {
                sha.update(String.valueOf(o).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
                return o;
            };
            partnership.organisations().forEach(add::apply);
            partnership.practitioners().forEach(add::apply);
            partnership.accounts().forEach(add::apply);
            partnership.demoLogins().forEach(add::apply);
            children.forEach(add::apply);
            for (ChronologyEvent e : events) {
                add.apply(List.of(e.id(), e.personId(), e.type(), e.organisationId(), e.recordedBy(), e.occurredAt(),
                        e.recordedAt(), e.receivedAt(), e.sourceSystem(), e.sourceRef(), e.sensitivity(),
                        e.summary(), String.valueOf(e.childWords()), new TreeMap<>(e.details())));
            }
            grants.forEach(add::apply);
            frontDoorCases.forEach(add::apply);
            agencyRecords.forEach(add::apply);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
