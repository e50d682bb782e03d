package org.reachable.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.access.Relationships;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.CheckedEvent;
import org.reachable.chronology.EventType;
import org.reachable.chronology.ReceiveEvents;
import org.reachable.chronology.ReceivedEvent;
import org.reachable.chronology.Sensitivity;
import org.reachable.frontdoor.internal.CaseworkRepository;
import org.reachable.frontdoor.internal.ContactRepository;
import org.reachable.identity.ChildRegister;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MASH works a contact: screens it (RAG), asks partner agencies for information by a due time, decides with a
 * reason and a named contact for the referrer, and records strategy discussions. Deciding closes the contact and with
 * it the MASH's access to the child's record. Every step is audited.
 */
@Service
public class ContactCasework {

    static final int MAX_TEXT = 4_000;
    static final int MIN_REASON = 10;
    static final int MAX_DUE_HOURS = 72;

    private final ContactRepository contacts;
    private final CaseworkRepository casework;
    private final ChildRegister register;
    private final Organisations organisations;
    private final Relationships relationships;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;
    private final ReceiveEvents chronology;
    private final WorkingDays calendar = WorkingDays.england();

    ContactCasework(ContactRepository contacts, CaseworkRepository casework, ChildRegister register,
                    Organisations organisations, Relationships relationships, ChildRecordAccess access, Audit audit,
                    Clock clock, ReceiveEvents chronology) {
        this.chronology = chronology;
        this.contacts = contacts;
        this.casework = casework;
        this.register = register;
        this.organisations = organisations;
        this.relationships = relationships;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public ContactFile file(UUID contactId) {
        Contact c = require(contactId, AuditAction.READ);
        audit.allowed(AuditAction.READ, c.personId(), resource(c), "MASH: contact " + c.reference() + " ("
                + c.status().name().toLowerCase() + ")", LegalBasis.SAFEGUARDING);
        List<InformationRequest> requests = casework.requestsFor(c.id()).stream().map(this::named).toList();
        return new ContactFile(c, register.names(List.of(c.personId())).getOrDefault(c.personId(), "Unknown child"),
                c.referrerOrganisationId() == null ? null : organisations.find(c.referrerOrganisationId())
                        .map(Organisation::name).orElse(null),
                requests, casework.discussionsFor(c.id()), casework.escalationsFor(c.id()),
                MashQueue.clockOf(c.decisionDue(), WorkingDays.londonDate(clock.instant())));
    }

    @Transactional
    public void screen(UUID contactId, String rag, String note) {
        Contact c = require(contactId, AuditAction.WRITE);
        Checks checks = new Checks();
        Rag rating = checks.code("rag", rag, Rag::fromCode, "RED, AMBER, GREEN");
        String text = checks.text("note", note, MAX_TEXT, "Say what you found when you screened the contact");
        requireOpen(c, checks);
        checks.throwIfAny();
        CurrentUser user = CurrentUsers.require();
        audit.allowed(AuditAction.WRITE, c.personId(), resource(c), "MASH screening: " + rating.name(),
                LegalBasis.SAFEGUARDING);
        if (!contacts.screen(c.id(), c.version(), rating, text, user.displayName(), clock.instant())) {
            throw changed();
        }
    }

    @Transactional
    public InformationRequest requestInformation(UUID contactId, String organisationId, String question,
                                                 Integer dueInHours) {
        Contact c = require(contactId, AuditAction.WRITE);
        Checks checks = new Checks();
        Organisation organisation = checks.code("organisationId", organisationId, this::organisation,
                "the id of a partner organisation");
        String text = checks.text("question", question, MAX_TEXT, "Say what you need to know from the partner");
        int hours = dueInHours == null ? 4 : dueInHours;
        checks.require(hours >= 1 && hours <= MAX_DUE_HOURS, "dueInHours", dueInHours,
                "Must be between 1 and " + MAX_DUE_HOURS + " hours");
        requireOpen(c, checks);
        checks.throwIfAny();
        CurrentUser user = CurrentUsers.require();
        Instant now = clock.instant();
        InformationRequest request = new InformationRequest(UUID.randomUUID(), c.id(), organisation.id(),
                organisation.name(), text, user.displayName(), now, now.plus(Duration.ofHours(hours)), null, null,
                null);
        audit.allowed(AuditAction.WRITE, c.personId(), resource(c), "MASH asked " + organisation.name()
                + " for information", LegalBasis.SAFEGUARDING);
        casework.insertRequest(request);
        return request;
    }

    /** Open requests to the signed-in person's organisation, for the partner to answer. */
    public List<InformationRequest> requestsToMyOrganisation() {
        access.requireCapability(Capability.SUBMIT_INFORMATION, AuditAction.READ, "frontdoor/information-requests");
        CurrentUser user = CurrentUsers.require();
        if (user.organisationId() == null) {
            return List.of();
        }
        List<InformationRequest> open = casework.openRequestsTo(user.organisationId()).stream().map(this::named)
                .toList();
        audit.allowed(AuditAction.READ, null, "frontdoor/information-requests", "Partner viewing "
                + open.size() + " open requests to their organisation", LegalBasis.CONTRIBUTION);
        return open;
    }

    /** A partner (or the MASH, taking the answer by phone) records the answer to a request. */
    @Transactional
    public void answer(UUID requestId, String answer) {
        access.requireCapability(Capability.SUBMIT_INFORMATION, AuditAction.WRITE, "frontdoor/information-requests");
        CurrentUser user = CurrentUsers.require();
        InformationRequest request = casework.findRequest(requestId)
                .orElseThrow(() -> new NotFoundException("No such information request"));
        Contact c = contacts.find(request.contactId()).orElseThrow();
        if (!request.organisationId().equals(user.organisationId()) && !user.can(Capability.WORK_FRONT_DOOR)) {
            audit.denied(AuditAction.WRITE, c.personId(), "frontdoor/information-request/" + requestId,
                    "Request was sent to another organisation");
            throw new org.reachable.platform.web.AccessRefusedException(
                    "This request was sent to another organisation", null, false);
        }
        Checks checks = new Checks();
        String text = checks.text("answer", answer, MAX_TEXT, "Enter what your agency knows");
        checks.require(request.answeredAt() == null, "answer", answer, "This request has already been answered");
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, c.personId(), resource(c), "Answered a MASH information request",
                LegalBasis.CONTRIBUTION);
        Instant now = clock.instant();
        if (!casework.answer(requestId, text, user.displayName(), now)) {
            throw changed();
        }
        // The answer follows the child: it goes onto the chronology as the answering agency's entry.
        onChronology(c.personId(), EventType.INFORMATION_SHARED, now, "Answer to the MASH's request about contact "
                + c.reference() + " (" + request.question() + "): " + text, Map.of(), request.organisationId(),
                user.displayName(), "information-request/" + requestId, now);
    }

    private void onChronology(UUID personId, EventType type, Instant occurredAt, String summary,
                              Map<String, String> details, UUID organisationId, String recordedBy, String reference,
                              Instant now) {
        if (organisationId == null) {
            return;
        }
        String text = summary.length() > MAX_TEXT ? summary.substring(0, MAX_TEXT - 1) + "…" : summary;
        chronology.receiveAll(List.of(new ReceivedEvent(UUID.randomUUID(), personId, new CheckedEvent(type,
                occurredAt, now, text, null, Sensitivity.STANDARD, details), organisationId, recordedBy, now,
                RaiseConcern.SOURCE_SYSTEM, reference, null, null)));
    }

    @Transactional
    public Contact decide(UUID contactId, String decision, String reason, String namedContact) {
        Contact c = require(contactId, AuditAction.WRITE);
        Checks checks = new Checks();
        Decision chosen = checks.code("decision", decision, Decision::fromCode, Decision.allowedCodes());
        String why = checks.text("reason", reason, MAX_TEXT, "Give the reason for the decision");
        checks.require(why == null || why.length() >= MIN_REASON, "reason", reason,
                "Give a reason of at least " + MIN_REASON + " characters the referrer can understand");
        String contact = checks.optionalText("namedContact", namedContact, 200);
        requireOpen(c, checks);
        checks.throwIfAny();
        CurrentUser user = CurrentUsers.require();
        Instant now = clock.instant();
        LocalDate assessmentDue = chosen.startsAssessment()
                ? calendar.plus(WorkingDays.londonDate(c.receivedAt()), Timescales.ASSESSMENT) : null;
        audit.allowed(AuditAction.WRITE, c.personId(), resource(c), "MASH decision: " + chosen.name(),
                LegalBasis.SAFEGUARDING);
        if (!contacts.decide(c.id(), c.version(), chosen, why, user.id(), user.displayName(), now,
                contact == null ? user.displayName() : contact, assessmentDue)) {
            throw changed();
        }
        relationships.closeFrontDoorCase(c.reference(), now);
        // The decision follows the child: other agencies, and rules such as "a new police contact soon after no
        // further action", see what the front door decided.
        onChronology(c.personId(), EventType.CSC_CONTACT_OUTCOME, now, "The MASH decided contact " + c.reference()
                + ": " + chosen.label() + ".", Map.of("outcome", chronologyOutcome(chosen)), user.organisationId(),
                user.displayName(), "decision/" + c.id(), now);
        return contacts.find(c.id()).orElseThrow();
    }

    private static String chronologyOutcome(Decision decision) {
        return switch (decision) {
            case NFA_WITH_ADVICE -> "NO_FURTHER_ACTION";
            case EARLY_HELP -> "EARLY_HELP";
            case STRATEGY_DISCUSSION -> "STRATEGY_DISCUSSION";
            case CHILD_IN_NEED_ASSESSMENT, RISK_OUTSIDE_THE_HOME, PANEL_REFERRAL -> "REFERRAL";
        };
    }

    @Transactional
    public StrategyDiscussion recordStrategyDiscussion(UUID contactId, String heldOn, boolean s47,
                                                       List<StrategyDiscussion.Attendee> attendees, String notes) {
        Contact c = require(contactId, AuditAction.WRITE);
        Checks checks = new Checks();
        LocalDate held = checks.pastDate("heldOn", heldOn, WorkingDays.londonDate(clock.instant()),
                "Enter the date of the strategy discussion");
        List<StrategyDiscussion.Attendee> present = new ArrayList<>();
        List<StrategyDiscussion.Attendee> given = attendees == null ? List.of() : attendees;
        checks.require(!given.isEmpty(), "attendees", null, "Record who attended: organisation and role");
        for (int i = 0; i < given.size(); i++) {
            StrategyDiscussion.Attendee a = given.get(i);
            String organisation = checks.text("attendees[" + i + "].organisation", a.organisation(), 200,
                    "Enter the attendee's organisation");
            String role = checks.text("attendees[" + i + "].role", a.role(), 200, "Enter the attendee's role");
            String name = checks.optionalText("attendees[" + i + "].name", a.name(), 200);
            present.add(new StrategyDiscussion.Attendee(organisation, role, name));
        }
        String text = checks.optionalText("notes", notes, MAX_TEXT);
        checks.throwIfAny();
        CurrentUser user = CurrentUsers.require();
        StrategyDiscussion discussion = new StrategyDiscussion(UUID.randomUUID(), c.id(), held, s47,
                s47 ? calendar.plus(held, Timescales.ICPC_AFTER_STRATEGY_DISCUSSION) : null, text, present,
                user.displayName(), clock.instant());
        audit.allowed(AuditAction.WRITE, c.personId(), resource(c), "Strategy discussion recorded ("
                + present.size() + " attendees)", LegalBasis.SAFEGUARDING);
        casework.insertDiscussion(discussion);
        Instant now = clock.instant();
        onChronology(c.personId(), EventType.STRATEGY_DISCUSSION, held.atStartOfDay(WorkingDays.LONDON).toInstant(),
                "Strategy discussion about contact " + c.reference() + " with " + String.join(", ", present.stream()
                        .map(a -> a.organisation() + " (" + a.role() + ")").toList())
                        + (s47 ? "; a section 47 enquiry starts, initial child protection conference due by "
                        + discussion.icpcDue() : "; no section 47 enquiry"),
                Map.of("s47", String.valueOf(s47)), user.organisationId(), user.displayName(),
                "strategy-discussion/" + discussion.id(), now);
        return discussion;
    }

    private Contact require(UUID contactId, AuditAction action) {
        access.requireCapability(Capability.WORK_FRONT_DOOR, action, "frontdoor/contact/" + contactId);
        return contacts.find(contactId).orElseThrow(() -> new NotFoundException("No such contact"));
    }

    private static void requireOpen(Contact c, Checks checks) {
        checks.require(c.isOpen(), "status", c.status(), "The contact " + c.reference() + " has already been decided");
    }

    private java.util.Optional<Organisation> organisation(String id) {
        try {
            return organisations.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private InformationRequest named(InformationRequest r) {
        return new InformationRequest(r.id(), r.contactId(), r.organisationId(), organisations.find(r.organisationId())
                .map(Organisation::name).orElse("Unknown organisation"), r.question(), r.requestedBy(),
                r.requestedAt(), r.dueAt(), r.answer(), r.answeredBy(), r.answeredAt());
    }

    static String resource(Contact c) {
        return "frontdoor/contact/" + c.reference();
    }

    private static RuntimeException changed() {
        Checks checks = new Checks();
        checks.problem("version", null, "Someone else changed this contact at the same time; reload and try again");
        return new org.reachable.platform.validation.InvalidInputException(checks.problems());
    }
}
