package org.reachable.panels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.access.UserAccounts;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.panels.internal.PanelRepository;
import org.reachable.panels.internal.PanelRows.MeetingRow;
import org.reachable.panels.internal.PanelRows.MemberRow;
import org.reachable.panels.internal.PanelRows.PanelRow;
import org.reachable.panels.internal.PanelWriter;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnership's panels: their tiers, terms of reference, members and meetings; chairs add members. */
@Service
public class Panels {

    static final int MAX_TEXT = 200;

    private final PanelRepository repository;
    private final PanelWriter writer;
    private final Organisations organisations;
    private final UserAccounts users;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    Panels(PanelRepository repository, PanelWriter writer, Organisations organisations, UserAccounts users,
           ChildRecordAccess access, Audit audit, Clock clock) {
        this.repository = repository;
        this.writer = writer;
        this.organisations = organisations;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every panel, lowest tier first, with whether the signed-in user sits on it. No subjects named. */
    public List<PanelSummary> all() {
        access.requireCapability(Capability.ATTEND_PANELS, AuditAction.READ, "panels");
        CurrentUser user = CurrentUsers.require();
        List<UUID> mine = repository.panelsOf(user.id());
        List<PanelRow> panels = repository.panels();
        Map<UUID, String> names = panels.stream().collect(Collectors.toMap(PanelRow::id, PanelRow::name));
        return panels.stream().map(p -> new PanelSummary(p.id(), p.name(), p.tier(),
                p.escalatesTo() == null ? null : names.get(p.escalatesTo()), repository.members(p.id()).size(),
                repository.nextMeeting(p.id(), clock.instant().minus(java.time.Duration.ofHours(12)))
                        .map(MeetingRow::startsAt).orElse(null),
                mine.contains(p.id()))).toList();
    }

    /** A panel with its members, and its meetings (dates only), newest first. */
    public PanelDetail find(UUID panelId) {
        access.requireCapability(Capability.ATTEND_PANELS, AuditAction.READ, "panels/" + panelId);
        Panel panel = panel(panelId).orElseThrow(() -> new NotFoundException("No such panel"));
        CurrentUser user = CurrentUsers.require();
        boolean member = panel.members().stream().anyMatch(m -> user.id().equals(m.userId()));
        List<PanelDetail.MeetingDate> meetings = repository.meetingsOf(panelId).stream()
                .map(m -> new PanelDetail.MeetingDate(m.id(), m.startsAt(), m.endsAt(),
                        repository.items(m.id()).size())).toList();
        return new PanelDetail(panel, meetings, member);
    }

    Optional<Panel> panel(UUID panelId) {
        return repository.panel(panelId).map(p -> {
            List<MemberRow> rows = repository.members(panelId);
            Map<UUID, Organisation> orgs = organisations.findAll(rows.stream().map(MemberRow::organisationId).toList());
            return new Panel(p.id(), p.name(), p.tier(), p.termsOfReference(), p.escalatesTo(),
                    p.escalatesTo() == null ? null : repository.panel(p.escalatesTo()).map(PanelRow::name).orElse(null),
                    rows.stream().map(m -> new Panel.Member(m.id(), m.organisationId(),
                            Optional.ofNullable(orgs.get(m.organisationId())).map(Organisation::name)
                                    .orElse("Unknown organisation"), m.role(), m.name(), m.userId(), m.chair()))
                            .toList());
        });
    }

    /** A chair adds a seat: an organisation, the role it plays on the panel, and the person (a user, if any). */
    @Transactional
    public UUID addMember(UUID panelId, String organisationId, String role, String username, String name,
                          boolean chair) {
        access.requireCapability(Capability.CHAIR_PANELS, AuditAction.WRITE, "panels/" + panelId + "/members");
        repository.panel(panelId).orElseThrow(() -> new NotFoundException("No such panel"));
        Checks checks = new Checks();
        UUID org = organisation(checks, "organisationId", organisationId, organisations);
        String seat = checks.text("role", role, MAX_TEXT, "Say what role the member plays, e.g. Police (exploitation lead)");
        String person = checks.text("name", name, MAX_TEXT, "Give the member's name");
        UUID userId = null;
        if (username != null && !username.isBlank()) {
            userId = users.findByUsername(username.strip()).map(CurrentUser::id).orElse(null);
            checks.require(userId != null, "username", username, "No Reachable user with this username");
        }
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, null, "panels/" + panelId + "/members", "Added " + person + " (" + seat
                + ") to a panel", LegalBasis.ADMINISTRATION);
        return writer.addMember(panelId, org, seat, userId, person, chair, LocalDate.now(clock));
    }

    /** An organisation id that must name a known organisation. */
    static UUID organisation(Checks checks, String field, String value, Organisations organisations) {
        if (value == null || value.isBlank()) {
            checks.problem(field, value, "Choose the organisation");
            return null;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (organisations.find(id).isEmpty()) {
                checks.problem(field, value, "No organisation with this id");
                return null;
            }
            return id;
        } catch (IllegalArgumentException e) {
            checks.problem(field, value, "Must be an organisation id (a UUID)");
            return null;
        }
    }
}
