package org.reachable.panels;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.identity.ChildRegister;
import org.reachable.panels.internal.PanelFiguresRepository;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Service;

/**
 * The chair's view of duplication: the same child on several panels, and the same child discussed at
 * {@value #REPEATED} or more meetings of one panel with no action ever completed. Names children, so every child
 * shown is audited.
 */
@Service
public class PanelDuplication {

    /** Discussed this many times with nothing done is what inspectors found; the view flags it. */
    public static final int REPEATED = 3;

    private final PanelFiguresRepository figures;
    private final ChildRegister register;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    PanelDuplication(PanelFiguresRepository figures, ChildRegister register, ChildRecordAccess access, Audit audit,
                     Clock clock) {
        this.figures = figures;
        this.register = register;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Meetings in the last {@code months} months (1 to 36). */
    public Duplication find(int months) {
        access.requireCapability(Capability.CHAIR_PANELS, AuditAction.READ, "panels/duplication");
        new Checks().require(months >= 1 && months <= 36, "months", months, "Must be a whole number from 1 to 36")
                .throwIfAny();
        Instant now = clock.instant();
        Instant since = ZonedDateTime.ofInstant(now, MeetingWindow.LONDON).minusMonths(months).toInstant();
        List<PanelFiguresRepository.SeveralPanelsRow> several = figures.onSeveralPanels(since);
        List<PanelFiguresRepository.RepeatedRow> repeated = figures.repeatedWithoutProgress(since, now, REPEATED);
        Map<UUID, String> names = register.names(Stream.concat(several.stream().map(r -> r.personId()),
                repeated.stream().map(r -> r.personId())).distinct().toList());
        audit.allowedAll(AuditAction.READ, Stream.concat(several.stream().map(r -> r.personId()),
                        repeated.stream().map(r -> r.personId())).distinct()
                .map(id -> new AuditSubject(id, "panels/duplication", "Panel chair: duplication across panels"))
                .toList(), LegalBasis.SAFEGUARDING);
        return new Duplication(months,
                several.stream().map(r -> new Duplication.SeveralPanels(r.personId(), name(names, r.personId()),
                        r.panels(), r.meetings(), r.lastDiscussed())).toList(),
                repeated.stream().map(r -> new Duplication.Repeated(r.personId(), name(names, r.personId()),
                        r.panelId(), r.panel(), r.meetings(), r.actions(), r.firstDiscussed(), r.lastDiscussed()))
                        .toList());
    }

    private static String name(Map<UUID, String> names, UUID id) {
        return names.getOrDefault(id, SubjectNameResolver.fallback(SubjectKind.CHILD, id));
    }
}
