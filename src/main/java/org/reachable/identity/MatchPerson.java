package org.reachable.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.identity.internal.MatchRepository;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links agency records to children: checks the person's details, asks the {@link PersonMatcher} for a decision and
 * carries it out. A new person is registered; an uncertain one is registered as a provisional child with a review item
 * (so that an event is never attached to the wrong child); a linked one gains any identifiers nobody holds yet.
 * Callers (the feeds) audit each record they write, naming the child and this outcome.
 */
@Service
public class MatchPerson {

    static final int MAX_OTHER_NAMES = 10;

    private final PersonMatcher matcher;
    private final MatchRepository repository;
    private final Clock clock;

    MatchPerson(PersonMatcher matcher, MatchRepository repository, Clock clock) {
        this.matcher = matcher;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The person ready to match, or null with every broken rule recorded in {@code checks}; field names start with
     * {@code prefix} (e.g. "person.").
     */
    public PersonToMatch check(PersonDetails d, Checks checks, String prefix) {
        LocalDate today = LocalDate.now(clock);
        int before = checks.problems().size();
        String given = checks.text(prefix + "givenNames", d.givenNames(), ChildRegister.MAX_NAME, "Enter a given name");
        String family = checks.text(prefix + "familyName", d.familyName(), ChildRegister.MAX_NAME,
                "Enter a family name");
        LocalDate dob = checks.pastDate(prefix + "dateOfBirth", d.dateOfBirth(), today, "Enter the date of birth");
        if (dob != null && Period.between(dob, today).getYears() > ChildRegister.MAX_AGE) {
            checks.problem(prefix + "dateOfBirth", d.dateOfBirth(), "Reachable is for children and young people aged 0 to "
                    + ChildRegister.MAX_AGE + "; this date of birth makes them older");
        }
        Sex sex = d.sex() == null || d.sex().isBlank() ? Sex.U
                : checks.code(prefix + "sex", d.sex(), Sex::fromCode, "F, M, X (indeterminate), U (not known)");
        Ethnicity ethnicity = d.ethnicity() == null || d.ethnicity().isBlank() ? null
                : checks.code(prefix + "ethnicity", d.ethnicity(), Ethnicity::fromDfeCode, Ethnicity.allowedCodes());
        List<PersonName> otherNames = otherNames(d.otherNames(), checks, prefix);
        List<Identifier> identifiers = identifiers(d.identifiers(), checks, prefix);
        Address address = address(d, checks, prefix, today);
        if (checks.problems().size() > before) {
            return null;
        }
        return new PersonToMatch(UUID.randomUUID(), new PersonName(PersonName.Kind.CURRENT, given, family, null, null),
                otherNames, dob, sex, ethnicity, address, identifiers);
    }

    /**
     * Decides and carries out the link for each person, in order, in the caller's transaction. {@code source} says
     * where the records came from, for the review queue ("police-niche reference 123").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<MatchResult> matchAll(List<PersonToMatch> people, List<String> sources) {
        List<MatchDecision> decisions = matcher.decide(people);
        List<ChildRecord> toRegister = new ArrayList<>();
        List<MatchRepository.ReviewItem> reviews = new ArrayList<>();
        List<MatchRepository.Enrichment> enrichments = new ArrayList<>();
        List<MatchRepository.AgencyRecord> linkedRecords = new ArrayList<>();
        List<MatchResult> results = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            PersonToMatch person = people.get(i);
            MatchDecision decision = decisions.get(i);
            switch (decision) {
                case MatchDecision.Linked linked -> {
                    enrichments.add(new MatchRepository.Enrichment(linked.personId(), person.identifiers()));
                    linkedRecords.add(new MatchRepository.AgencyRecord(linked.personId(), sources.get(i), person));
                    results.add(new MatchResult(LinkOutcome.LINKED, linked.personId(), linked.probability(),
                            linked.evidence()));
                }
                case MatchDecision.Review review -> {
                    toRegister.add(record(person));
                    reviews.add(new MatchRepository.ReviewItem(UUID.randomUUID(), person.proposedId(),
                            review.candidateId(), review.probability(), review.evidence(), sources.get(i)));
                    results.add(new MatchResult(LinkOutcome.REVIEW, person.proposedId(), review.probability(),
                            review.evidence()));
                }
                case MatchDecision.NewPerson fresh -> {
                    toRegister.add(record(person));
                    results.add(new MatchResult(LinkOutcome.NEW, person.proposedId(), fresh.probability(),
                            fresh.evidence()));
                }
            }
        }
        var withheld = repository.register(toRegister);
        repository.insertReviews(reviews, withheld, clock.instant());
        repository.addIdentifiers(enrichments);
        repository.insertAgencyRecords(linkedRecords, clock.instant());
        return results;
    }

    private static ChildRecord record(PersonToMatch p) {
        List<PersonName> names = new ArrayList<>(p.allNames());
        return new ChildRecord(p.proposedId(), p.dateOfBirth(), p.sex(), p.ethnicity(), names, p.identifiers(),
                p.address() == null ? List.of() : List.of(p.address()), List.of());
    }

    private static List<PersonName> otherNames(List<String> names, Checks checks, String prefix) {
        List<PersonName> result = new ArrayList<>();
        if (names.size() > MAX_OTHER_NAMES) {
            checks.problem(prefix + "otherNames", names.size() + " names", "At most " + MAX_OTHER_NAMES
                    + " other names");
            return result;
        }
        for (int i = 0; i < names.size(); i++) {
            String field = prefix + "otherNames[" + i + "]";
            String text = checks.optionalText(field, names.get(i), 2 * ChildRegister.MAX_NAME);
            if (text == null) {
                continue;
            }
            int space = text.lastIndexOf(' ');
            if (space <= 0) {
                checks.problem(field, names.get(i), "Write other names as \"Given Family\"");
                continue;
            }
            result.add(new PersonName(PersonName.Kind.ALIAS, text.substring(0, space).strip(),
                    text.substring(space + 1), null, null));
        }
        return result;
    }

    private static List<Identifier> identifiers(Map<String, String> given, Checks checks, String prefix) {
        List<Identifier> result = new ArrayList<>();
        given.forEach((schemeName, value) -> {
            String field = prefix + "identifiers." + schemeName;
            IdentifierScheme scheme = IdentifierScheme.fromCode(schemeName).orElse(null);
            if (scheme == null) {
                checks.problem(field, value, "Unknown identifier scheme '" + schemeName + "'; must be one of: "
                        + java.util.Arrays.toString(IdentifierScheme.values()));
                return;
            }
            String normalised = scheme.check(checks, field, value);
            if (normalised != null) {
                result.add(new Identifier(scheme, normalised, null));
            }
        });
        result.sort(java.util.Comparator.comparing(Identifier::scheme));
        return result;
    }

    private static Address address(PersonDetails d, Checks checks, String prefix, LocalDate today) {
        String line = checks.optionalText(prefix + "addressLine", d.addressLine(), 200);
        String postcode = checks.optionalText(prefix + "postcode", d.postcode(), 20);
        if (postcode == null) {
            return null;
        }
        String normalised = Postcodes.normalise(postcode).orElse(null);
        if (normalised == null) {
            checks.problem(prefix + "postcode", postcode, "Enter a real UK postcode, like E17 4JF");
            return null;
        }
        return new Address(line == null ? "" : line, "", normalised, null, today, null);
    }
}
