package org.reachable.moments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.access.Role;
import org.reachable.chronology.EventType;
import org.reachable.chronology.NewEvent;
import org.reachable.chronology.RecordEvent;
import org.reachable.moments.internal.AlertAudience;
import org.reachable.moments.internal.MomentsRepository;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner's alerts: the inbox, one alert with its evidence, and what they do about it (acknowledge, act,
 * dismiss with a reason). An alert opens to the people it was sent to, to MASH practitioners when it went to the
 * MASH, and to team managers once it has escalated. Every read and change is audited.
 */
@Service
public class Alerts {

    private static final int INBOX_SIZE = 200;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MomentsRepository repository;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;
    private final AlertAudience audience;
    private final RecordEvent recordEvent;

    Alerts(MomentsRepository repository, ChildRecordAccess access, Audit audit, Clock clock, AlertAudience audience,
           RecordEvent recordEvent) {
        this.repository = repository;
        this.audience = audience;
        this.recordEvent = recordEvent;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Alert> inbox(boolean openOnly) {
        access.requireCapability(Capability.RECEIVE_ALERTS, AuditAction.READ, "moments/inbox");
        CurrentUser user = CurrentUsers.require();
        List<Alert> alerts = repository.inbox(user.id(), user.role() == Role.MASH_PRACTITIONER,
                user.role() == Role.MANAGER, user.organisationId(), openOnly, INBOX_SIZE);
        audit.allowedAll(AuditAction.READ, alerts.stream().map(a -> new AuditSubject(a.personId(),
                "moments/inbox", "Alert in the inbox (" + why(a) + ")")).toList(),
                LegalBasis.SAFEGUARDING);
        return alerts;
    }

    @Transactional
    public Alert open(UUID id) {
        Alert alert = checked(id, AuditAction.READ);
        audit.allowed(AuditAction.READ, alert.personId(), "moments/alert/" + id, why(alert), LegalBasis.SAFEGUARDING);
        return alert;
    }

    @Transactional(readOnly = true)
    public List<Alert.Step> steps(UUID id) {
        checked(id, AuditAction.READ);
        return repository.steps(id);
    }

    @Transactional
    public void acknowledge(UUID id) {
        change(id, EnumSet.of(AlertStatus.OPEN), AlertStatus.ACKNOWLEDGED, null, "Acknowledged");
    }

    /** Records what was done (e.g. "trusted adult met him at school on Monday"), closing the alert. */
    @Transactional
    public void act(UUID id, String action) {
        act(id, action, null);
    }

    /**
     * Records what was done and, with an offer, also adds it to the child's chronology as an offer of help (so every
     * agency sees it) linked to the alert; nothing is written unless both can be. Adding to the chronology needs a
     * legitimate relationship with the child, checked and audited by the chronology.
     */
    @Transactional
    public void act(UUID id, String action, Offer offer) {
        Checks checks = new Checks();
        String text = checks.text("action", action, 2000,
                "Say what was done, so others can see the alert was acted on");
        checks.throwIfAny();
        change(id, EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), AlertStatus.ACTED, text, "Acted on");
        if (offer != null) {
            Alert alert = repository.find(id).orElseThrow();
            UUID event;
            try {
                event = recordEvent.record(alert.personId(), new NewEvent(EventType.OFFER_OF_HELP.code(),
                        LocalDate.now(clock.withZone(LONDON)).toString(), text, null, "STANDARD",
                        Map.of("response", offer.response(), "service", offer.service() == null ? "" : offer.service())));
            } catch (AccessRefusedException e) {
                new Checks().problem("offer", offer.response(), "You can record the action on the alert, but adding "
                        + "it to the child's chronology needs a legitimate relationship with the child").throwIfAny();
                return;
            }
            repository.linkAction(id, event);
        }
    }

    /** An offer of help made to the child: MADE, ACCEPTED or DECLINED, and which service. */
    public record Offer(String response, String service) {
    }

    @Transactional
    public void dismiss(UUID id, String reason) {
        Checks checks = new Checks();
        String text = checks.text("reason", reason, 2000, "Give the reason for dismissing the alert");
        checks.require(text == null || text.length() >= 10, "reason", reason,
                "Give a reason of at least 10 characters a reviewer can understand");
        checks.throwIfAny();
        change(id, EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), AlertStatus.DISMISSED, text, "Dismissed");
    }

    private void change(UUID id, EnumSet<AlertStatus> from, AlertStatus to, String note, String action) {
        Alert alert = checked(id, AuditAction.WRITE);
        CurrentUser user = CurrentUsers.require();
        if (!repository.changeStatus(id, from, to, user.id(), clock.instant(), note)) {
            Checks checks = new Checks();
            checks.problem("status", alert.status().name(), "This alert is already " + alert.status().label()
                    .toLowerCase() + "; it cannot be " + action.toLowerCase());
            checks.throwIfAny();
        }
        repository.addStep(id, clock.instant(), user.id(), action, note);
        audit.allowed(AuditAction.WRITE, alert.personId(), "moments/alert/" + id, action + ": " + why(alert),
                LegalBasis.SAFEGUARDING);
    }

    private Alert checked(UUID id, AuditAction action) {
        access.requireCapability(Capability.RECEIVE_ALERTS, action, "moments/alert/" + id);
        Alert alert = repository.find(id).orElseThrow(() -> new NotFoundException("No alert with that id"));
        CurrentUser user = CurrentUsers.require();
        if (!audience.includes(user, alert)) {
            String why = "This alert was not sent to you";
            audit.denied(action, alert.personId(), "moments/alert/" + id, why);
            throw new AccessRefusedException(why, null, false);
        }
        return alert;
    }

    private static String why(Alert alert) {
        return "MASH".equals(alert.routedTo()) ? "Alert routed to the MASH" : "Alert sent to the team around the child";
    }
}
