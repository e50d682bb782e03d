package org.reachable.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.access.Relationships;
import org.reachable.chronology.CheckedEvent;
import org.reachable.chronology.EventType;
import org.reachable.chronology.ReceiveEvents;
import org.reachable.chronology.ReceivedEvent;
import org.reachable.chronology.Sensitivity;
import org.reachable.frontdoor.internal.ContactRepository;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.MatchPerson;
import org.reachable.identity.MatchResult;
import org.reachable.identity.PersonDetails;
import org.reachable.identity.PersonToMatch;
import org.reachable.language.LanguageCheck;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Any agency raises a concern about a child. The child is linked through identity (or registered, or sent for review
 * when uncertain); the contact opens at the front door with its one-working-day decision clock, the MASH may open the
 * child's record while it is open, and it goes onto the child's chronology. Missing key content is a warning, never a
 * refusal: a concern without the child's voice is still a concern.
 */
@Service
public class RaiseConcern {

    static final int MAX_TEXT = 4_000;
    static final int MAX_SHORT = 500;
    static final String SOURCE_SYSTEM = "reachable-frontdoor";

    private final ContactRepository contacts;
    private final MatchPerson match;
    private final ChildRegister register;
    private final ReceiveEvents chronology;
    private final Relationships relationships;
    private final ChildRecordAccess access;
    private final LanguageCheck language;
    private final Audit audit;
    private final Clock clock;
    private final Agencies agencies;
    private final WorkingDays calendar = WorkingDays.england();

    RaiseConcern(ContactRepository contacts, MatchPerson match, ChildRegister register, ReceiveEvents chronology,
                 Relationships relationships, ChildRecordAccess access, LanguageCheck language, Audit audit,
                 Clock clock, Agencies agencies) {
        this.agencies = agencies;
        this.contacts = contacts;
        this.match = match;
        this.register = register;
        this.chronology = chronology;
        this.relationships = relationships;
        this.access = access;
        this.language = language;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ConcernReceipt raise(NewConcern concern) {
        access.requireCapability(Capability.SUBMIT_INFORMATION, AuditAction.WRITE, "frontdoor/concerns");
        CurrentUser user = CurrentUsers.require();
        Instant now = clock.instant();
        Checks checks = new Checks();
        UUID knownChild = knownChild(concern.childId(), user, checks);
        PersonToMatch person = knownChild != null ? null
                : match.check(concern.child() == null ? new PersonDetails(null, null, null, null, null, null, null,
                null, null) : concern.child(), checks, "child.");
        List<ConcernCategory> categories = categories(concern.categories(), checks);
        String whatHappened = checks.text("whatHappened", concern.whatHappened(), MAX_TEXT,
                "Say what happened to the child");
        String whyWorried = checks.optionalText("whyWorried", concern.whyWorried(), MAX_TEXT);
        String childVoice = checks.optionalText("childVoice", concern.childVoice(), MAX_TEXT);
        String parentVoice = checks.optionalText("parentVoice", concern.parentVoice(), MAX_TEXT);
        Ethnicity ethnicity = blank(concern.ethnicity()) ? null : checks.code("ethnicity", concern.ethnicity(),
                Ethnicity::fromDfeCode, Ethnicity.allowedCodes());
        String heritage = checks.optionalText("culturalHeritage", concern.culturalHeritage(), MAX_SHORT);
        String send = checks.optionalText("sendOrDisability", concern.sendOrDisability(), MAX_SHORT);
        FamilyKnows familyKnows = blank(concern.familyKnows()) ? null : checks.code("familyKnows",
                concern.familyKnows(), FamilyKnows::fromCode, "YES, NO, NOT_SAFE");
        SharingBasis basis = checks.code("sharingBasis", concern.sharingBasis(), SharingBasis::fromCode,
                SharingBasis.allowedCodes());
        Urgency urgency = checks.code("urgency", concern.urgency(), Urgency::fromCode, "IMMEDIATE, TODAY, ROUTINE");
        checks.throwIfAny();

        String childLink;
        UUID personId;
        if (knownChild != null) {
            personId = knownChild;
            childLink = "LINKED";
        } else {
            MatchResult result = match.matchAll(List.of(person), List.of("front door referral by "
                    + user.displayName())).getFirst();
            personId = result.personId();
            childLink = result.outcome().name();
        }
        List<MissingContent> missing = MissingContent.of(whyWorried, childVoice,
                ethnicity == null ? null : ethnicity.name());
        String reference = contacts.nextReference(WorkingDays.londonDate(now).getYear());
        Optional<ChildRecord> record = register.find(personId);
        String monitoredEthnicity = ethnicity != null ? ethnicity.name()
                : record.map(ChildRecord::ethnicity).map(Enum::name).orElse(null);
        Contact contact = new Contact(UUID.randomUUID(), reference, personId, Contact.Origin.REFERRAL, null, null,
                user.id(), user.displayName(), user.organisationId(), now, calendar.isOutOfHours(now),
                calendar.plus(WorkingDays.londonDate(now), Timescales.DECISION), categories, whatHappened, whyWorried,
                childVoice, parentVoice, ethnicity == null ? null : ethnicity.name(), heritage, send, familyKnows,
                basis, urgency, missing, Contact.Status.OPEN, null, null, null, null, null, null, null, null, null,
                null, 0, agencies.kindOf(user.organisationId()),
                record.map(r -> r.sex().name()).orElse(null), monitoredEthnicity);
        audit.allowed(AuditAction.WRITE, personId, "frontdoor/contact/" + reference,
                "Raised a concern at the front door (" + String.join(", ", categories.stream()
                        .map(ConcernCategory::label).toList()) + "); shared under " + basis.name(),
                LegalBasis.CONTRIBUTION);
        contacts.insert(contact);
        relationships.openFrontDoorCase(personId, reference, now);
        onChronology(contact, user, now);
        return new ConcernReceipt(contact.id(), reference, now, contact.outOfHours(), contact.decisionDue(),
                childLink, missing.stream().map(m -> new ConcernReceipt.QualityWarning(m.field(), m.name(),
                m.prompt())).toList(), languagePrompts(Map.of("whatHappened", whatHappened, "whyWorried",
                whyWorried == null ? "" : whyWorried)));
    }

    /** The contact goes onto the child's chronology, so every agency's history shows it was raised. */
    private void onChronology(Contact c, CurrentUser user, Instant now) {
        if (user.organisationId() == null) {
            return;
        }
        CheckedEvent event = new CheckedEvent(EventType.CSC_CONTACT, now, now,
                "Concern raised at the front door (" + c.reference() + "): " + c.whatHappened(), c.childVoice(),
                Sensitivity.STANDARD, Map.of("source", user.displayName()));
        chronology.receiveAll(List.of(new ReceivedEvent(UUID.randomUUID(), c.personId(), event,
                user.organisationId(), user.displayName(), now, SOURCE_SYSTEM, c.reference(), null, null)));
    }

    private UUID knownChild(String childId, CurrentUser user, Checks checks) {
        if (blank(childId)) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(childId.strip());
        } catch (IllegalArgumentException e) {
            checks.problem("childId", childId, "Must be a child's id from Reachable, or leave it out and give the "
                    + "child's details");
            return null;
        }
        if (!user.can(Capability.SEARCH_CHILDREN) || register.find(id).isEmpty()) {
            checks.problem("childId", childId, "No child you can refer by id; give the child's details instead");
            return null;
        }
        return id;
    }

    private static List<ConcernCategory> categories(List<String> codes, Checks checks) {
        if (codes.isEmpty()) {
            checks.problem("categories", null, "Choose at least one of: " + ConcernCategory.allowedCodes());
        }
        List<ConcernCategory> result = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            ConcernCategory c = checks.code("categories[" + i + "]", codes.get(i), ConcernCategory::fromCode,
                    ConcernCategory.allowedCodes());
            if (c != null && !result.contains(c)) {
                result.add(c);
            }
        }
        return result;
    }

    private List<ConcernReceipt.LanguagePrompt> languagePrompts(Map<String, String> fields) {
        List<ConcernReceipt.LanguagePrompt> prompts = new ArrayList<>();
        fields.forEach((field, text) -> language.check(text).forEach(f -> prompts.add(
                new ConcernReceipt.LanguagePrompt(field, f.found(), f.explanation(), f.suggestion()))));
        return prompts;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
