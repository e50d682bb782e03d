package org.reachable.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.identity.internal.ReviewRepository;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who keep the register right (MASH practitioners and team managers) decide the links the matcher was not
 * sure of: the same child (merge) or different children. A wrong merge can be undone; the chronology then moves every
 * event back and tells whoever looked at the merged record in between. Every look and every decision is audited.
 */
@Service
public class MatchReviews {

    static final int MIN_REASON = 10;
    static final int QUEUE_LIMIT = 200;

    private final ReviewRepository repository;
    private final ChildRegister register;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatchReviews(ReviewRepository repository, ChildRegister register, ChildRecordAccess access, Audit audit,
                 ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.register = register;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record QueueItem(UUID id, String incomingName, String candidateName, double probability, String source,
                            Instant createdAt) {
    }

    /** Open items, oldest first, with the two names (identifying data, so the listing is audited). */
    public List<QueueItem> open() {
        access.requireCapability(Capability.REVIEW_MATCHES, AuditAction.SEARCH, "identity/reviews");
        List<ReviewRepository.ReviewRow> rows = repository.open(QUEUE_LIMIT);
        Map<UUID, String> names = register.names(rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.incomingId(), r.candidateId())).toList());
        audit.allowed(AuditAction.SEARCH, null, "identity/reviews", "Review queue: " + rows.size() + " open",
                LegalBasis.SAFEGUARDING);
        return rows.stream().map(r -> new QueueItem(r.id(), names.get(r.incomingId()), names.get(r.candidateId()),
                r.probability(), r.source(), r.createdAt())).toList();
    }

    /** Both records side by side; reading them is audited against each child. */
    public MatchReview show(UUID reviewId) {
        String resource = "identity/reviews/" + reviewId;
        access.requireCapability(Capability.REVIEW_MATCHES, AuditAction.READ, resource);
        ReviewRepository.ReviewRow row = repository.find(reviewId)
                .orElseThrow(() -> new NotFoundException("No review item " + reviewId));
        ChildRecord incoming = register.find(row.incomingId()).orElseThrow();
        ChildRecord candidate = register.find(row.candidateId()).orElseThrow();
        audit.allowed(AuditAction.READ, row.incomingId(), resource, "Deciding a possible match",
                LegalBasis.SAFEGUARDING);
        audit.allowed(AuditAction.READ, row.candidateId(), resource, "Deciding a possible match",
                LegalBasis.SAFEGUARDING);
        return new MatchReview(row.id(), incoming, candidate, row.probability(), row.evidence(), row.source(),
                row.createdAt(), row.status());
    }

    /**
     * Records the decision. The same child: the incoming (provisional) record is merged into the candidate and the
     * chronology moves its events in the same transaction. Different children: both stay as they are.
     */
    @Transactional
    public void decide(UUID reviewId, String decision, String reason) {
        String resource = "identity/reviews/" + reviewId;
        access.requireCapability(Capability.REVIEW_MATCHES, AuditAction.WRITE, resource);
        Checks checks = new Checks();
        checks.require("SAME".equals(decision) || "DIFFERENT".equals(decision), "decision", decision,
                "Choose whether these are the same child or different children");
        String why = checks.text("reason", reason, 1_000, "Say what you based the decision on");
        checks.require(why == null || why.length() >= MIN_REASON, "reason", reason,
                "Give a reason of at least " + MIN_REASON + " characters");
        ReviewRepository.ReviewRow row = repository.find(reviewId)
                .orElseThrow(() -> new NotFoundException("No review item " + reviewId));
        checks.require(row.status().equals("OPEN"), "decision", decision, "This item has already been decided");
        checks.require(!"SAME".equals(decision) || !repository.isMerged(row.candidateId()), "decision", decision,
                "The candidate record has itself been merged into another; decide that record instead");
        checks.throwIfAny();
        UUID by = CurrentUsers.require().id();
        Instant now = clock.instant();
        if (!repository.decide(reviewId, decision, by, why, now)) {
            checks.problem("decision", decision, "Someone else decided this item a moment ago").throwIfAny();
        }
        audit.allowed(AuditAction.WRITE, row.incomingId(), resource, "Decided: " + decision + ". " + why,
                LegalBasis.SAFEGUARDING);
        if ("SAME".equals(decision)) {
            UUID mergeId = UUID.randomUUID();
            repository.merge(mergeId, row.candidateId(), row.incomingId(), reviewId, why, by, now);
            audit.allowed(AuditAction.WRITE, row.candidateId(), "identity/merges/" + mergeId,
                    "Merged " + row.incomingId() + " into this child. " + why, LegalBasis.SAFEGUARDING);
            events.publishEvent(new PeopleMerged(mergeId, row.candidateId(), row.incomingId(), now));
        }
    }

    /** Recent merges, newest first, for undoing a wrong one. */
    public List<Merge> merges() {
        access.requireCapability(Capability.REVIEW_MATCHES, AuditAction.SEARCH, "identity/merges");
        List<ReviewRepository.MergeRow> rows = repository.recentMerges(QUEUE_LIMIT);
        Map<UUID, String> names = register.names(rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.survivorId(), r.mergedId())).toList());
        audit.allowed(AuditAction.SEARCH, null, "identity/merges", "Merges listed: " + rows.size(),
                LegalBasis.SAFEGUARDING);
        return rows.stream().map(r -> new Merge(r.id(), r.survivorId(), names.get(r.survivorId()), r.mergedId(),
                names.get(r.mergedId()), r.reason(), r.mergedAt(), r.unmergeReason(), r.unmergedAt())).toList();
    }

    /** Separates two merged records again; the chronology moves the merged child's events back. */
    @Transactional
    public void unmerge(UUID mergeId, String reason) {
        String resource = "identity/merges/" + mergeId;
        access.requireCapability(Capability.REVIEW_MATCHES, AuditAction.WRITE, resource);
        Checks checks = new Checks();
        String why = checks.text("reason", reason, 1_000, "Say why these are different children");
        checks.require(why == null || why.length() >= MIN_REASON, "reason", reason,
                "Give a reason of at least " + MIN_REASON + " characters");
        ReviewRepository.MergeRow merge = repository.merge(mergeId)
                .orElseThrow(() -> new NotFoundException("No merge " + mergeId));
        checks.require(merge.unmergedAt() == null, "reason", reason, "These records have already been separated");
        checks.throwIfAny();
        Instant now = clock.instant();
        if (!repository.unmerge(mergeId, merge.mergedId(), why, CurrentUsers.require().id(), now)) {
            checks.problem("reason", reason, "Someone else separated these records a moment ago").throwIfAny();
        }
        audit.allowed(AuditAction.WRITE, merge.survivorId(), resource, "Separated " + merge.mergedId()
                + " from this child. " + why, LegalBasis.SAFEGUARDING);
        audit.allowed(AuditAction.WRITE, merge.mergedId(), resource, "Separated from " + merge.survivorId() + ". "
                + why, LegalBasis.SAFEGUARDING);
        events.publishEvent(new PeopleUnmerged(mergeId, merge.survivorId(), merge.mergedId(), merge.mergedAt(), now));
    }
}
