package org.reachable.moments.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.EventType;
import org.reachable.identity.ChildRegister;
import org.reachable.moments.Alert;
import org.reachable.moments.MomentRules;
import org.reachable.moments.StoredRule;
import org.reachable.moments.rules.Describe;
import org.reachable.moments.rules.MomentRule;
import org.springframework.stereotype.Component;

/** Puts names to an alert: the child's, the rule's (the version that raised it) and each agency's. */
@Component
class AlertViews {

    private final ChildRegister register;
    private final Organisations organisations;
    private final MomentRules rules;

    AlertViews(ChildRegister register, Organisations organisations, MomentRules rules) {
        this.register = register;
        this.organisations = organisations;
        this.rules = rules;
    }

    List<AlertView> of(Collection<Alert> alerts) {
        Map<UUID, String> names = register.names(alerts.stream().map(Alert::personId).collect(Collectors.toSet()));
        Map<UUID, Organisation> agencies = organisations.findAll(alerts.stream()
                .flatMap(a -> a.findings().stream()).flatMap(f -> f.evidence().stream())
                .map(Alert.Evidence::organisationId).collect(Collectors.toSet()));
        return alerts.stream().map(a -> view(a, names, agencies)).toList();
    }

    AlertView of(Alert alert) {
        return of(List.of(alert)).getFirst();
    }

    private AlertView view(Alert a, Map<UUID, String> names, Map<UUID, Organisation> agencies) {
        List<AlertView.FindingView> findings = a.findings().stream().map(f -> finding(f, agencies)).toList();
        String headline = findings.isEmpty() ? "Alert" : findings.getLast().ruleName()
                + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "");
        boolean critical = findings.stream().anyMatch(f -> f.kind().equals(MomentRule.Kind.CRITICAL_MOMENT.label()));
        return new AlertView(a.id(), a.personId(), names.getOrDefault(a.personId(), "Unknown child"), headline,
                critical, "MASH".equals(a.routedTo()) ? "MASH (no lead practitioner)" : "Lead practitioner and team",
                a.status().label(), a.escalatedAt() != null, a.raisedAt(), a.updatedAt(), a.outcomeNote(),
                a.actionEventId() != null, findings);
    }

    private AlertView.FindingView finding(Alert.Finding f, Map<UUID, Organisation> agencies) {
        MomentRule rule = rules.version(f.ruleKey(), f.ruleVersion()).map(StoredRule::rule).orElseThrow();
        List<AlertView.EvidenceRow> evidence = f.evidence().stream()
                .map(e -> new AlertView.EvidenceRow(e.eventId(),
                        EventType.fromCode(e.eventType()).map(EventType::label).orElse(e.eventType()), e.occurredAt(),
                        agencies.containsKey(e.organisationId()) ? agencies.get(e.organisationId()).name()
                                : "Unknown agency"))
                .toList();
        return new AlertView.FindingView(f.ruleKey(), f.ruleVersion(), rule.name(), rule.kind().label(),
                rule.rationale(), rule.evidence(), Describe.condition(rule.condition()), rule.nextSteps(), f.anchorAt(),
                evidence);
    }
}
