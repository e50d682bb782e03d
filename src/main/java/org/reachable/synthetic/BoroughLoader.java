package org.reachable.synthetic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.LegalBasis;
import org.reachable.access.Relationships;
import org.reachable.access.UserAccounts;
import org.reachable.access.UserAccounts.NewAccount;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.Chronology;
import org.reachable.identity.ChildRegister;
import org.reachable.synthetic.views.AgencyViewWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a borough and loads it through the modules' public APIs: the partnership and accounts in one
 * transaction, then each batch of children (register, events, relationships, front-door cases) in its own, while
 * the next batch is generated on another thread. Optionally writes the agency views. Records one audit row.
 */
@Service
public class BoroughLoader {

    private final Organisations organisations;
    private final UserAccounts accounts;
    private final ChildRegister register;
    private final Chronology chronology;
    private final Relationships relationships;
    private final Audit audit;
    private final TransactionTemplate transactions;
    private final org.reachable.frontdoor.ContactHistory frontDoorHistory;
    private final org.reachable.panels.PanelHistory panelHistory;
    private final org.reachable.context.DemoContexts demoContexts;

    BoroughLoader(Organisations organisations, UserAccounts accounts, ChildRegister register, Chronology chronology,
                  Relationships relationships, Audit audit, TransactionTemplate transactions,
                  org.reachable.frontdoor.ContactHistory frontDoorHistory,
                  org.reachable.panels.PanelHistory panelHistory, org.reachable.context.DemoContexts demoContexts) {
        this.frontDoorHistory = frontDoorHistory;
        this.panelHistory = panelHistory;
        this.demoContexts = demoContexts;
        this.organisations = organisations;
        this.accounts = accounts;
        this.register = register;
        this.chronology = chronology;
        this.relationships = relationships;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** True when the register holds no children: the only state a whole borough may be loaded into. */
    public boolean registerIsEmpty() {
        return register.count() == 0;
    }

    public long registeredChildren() {
        return register.count();
    }

    /**
     * @param agencyViews directory for the agency views and truth file, or null for none
     * @param load        false to only write files
     */
    public LoadSummary run(BoroughSpec spec, Path agencyViews, boolean load, int batchSize,
                           Consumer<LoadProgress> progress) {
        long started = System.nanoTime();
        BoroughGenerator generator = new BoroughGenerator(spec);
        Partnership partnership = generator.partnership();
        if (load) {
            transactions.executeWithoutResult(status -> loadPartnership(partnership));
        }
        long children = 0;
        long events = 0;
        long grants = 0;
        long agencyRecords = 0;
        List<NotableChild> notable = new ArrayList<>();
        List<java.util.UUID> panelChildren = new ArrayList<>();
        try (AgencyViewWriter writer = agencyViews == null ? null : new AgencyViewWriter(agencyViews);
             Prefetch<ChildBatch> batches = new Prefetch<>(generator.batches(batchSize, agencyViews != null))) {
            while (batches.hasNext()) {
                ChildBatch batch = batches.next();
                if (load) {
                    transactions.executeWithoutResult(status -> loadBatch(batch));
                }
                if (writer != null) {
                    writer.write(batch.agencyRecords());
                }
                children += batch.children().size();
                events += batch.events().size();
                grants += batch.grants().size();
                agencyRecords += batch.agencyRecords().size();
                notable.addAll(batch.notable());
                if (panelChildren.isEmpty()) {
                    panelChildren.addAll(panelChildren(batch, spec.today()));
                }
                progress.accept(new LoadProgress(children, spec.totalChildren(), events, since(started)));
            }
        }
        if (load && panelChildren.size() >= DemoPanels.CHILDREN) {
            transactions.executeWithoutResult(status -> DemoPanels.seed(panelHistory, seats(partnership),
                    panelChildren, spec.today(), spec.namespace()));
        }
        if (load) {
            audit.bySystem(AuditAction.WRITE, "synthetic-borough/seed-" + spec.seed(),
                    "Loaded a synthetic (fictional) borough: " + children + " children, " + events + " events, "
                            + partnership.organisations().size() + " organisations, "
                            + partnership.practitioners().size() + " practitioners",
                    LegalBasis.ADMINISTRATION);
        }
        return new LoadSummary(spec, partnership.organisations().size(), partnership.practitioners().size(),
                children, events, grants, agencyRecords, partnership.demoLogins(), notable, since(started));
    }

    private void loadPartnership(Partnership partnership) {
        organisations.register(partnership.organisations(), partnership.practitioners());
        accounts.create(partnership.accounts());
        accounts.create(partnership.demoLogins().stream().map(d -> new NewAccount(d.accountId(), d.username(),
                d.displayName(), d.role(), d.organisationId(), d.practitionerId(), DemoLogin.PASSWORD)).toList());
    }

    private void loadBatch(ChildBatch batch) {
        register.loadAll(batch.children());
        chronology.loadAll(batch.events());
        relationships.grantAll(batch.grants());
        batch.frontDoorCases().forEach(c -> relationships.openFrontDoorCase(c.personId(), c.reference(),
                c.openedAt()));
        // The front door's history (contacts, decisions) from the social care contacts in the chronology.
        frontDoorHistory.loadFrom(batch.events(), batch.children());
        if (batch.number() == 0) {
            loadDemoContexts(batch);
        }
    }

    /** Peer groups, places and links among the first batch's teenagers, the demo logins' children first. */
    private void loadDemoContexts(ChildBatch batch) {
        java.time.LocalDate today = java.time.LocalDate.now();
        java.util.Set<java.util.UUID> teenagers = new java.util.LinkedHashSet<>();
        batch.children().stream().filter(c -> c.dateOfBirth() != null
                        && java.time.Period.between(c.dateOfBirth(), today).getYears() >= 12
                        && java.time.Period.between(c.dateOfBirth(), today).getYears() <= 17)
                .forEach(c -> teenagers.add(c.id()));
        // The demo logins' caseloads (DemoCases) first, so practitioner.demo and manager.demo see names.
        List<java.util.UUID> known = batch.grants().stream()
                .sorted(java.util.Comparator.comparing((Relationships.Grant g) -> !g.description().startsWith(
                        "Social worker in the team around") && !g.description().startsWith("Team manager (lead")))
                .map(Relationships.Grant::personId).filter(teenagers::contains).distinct().limit(4).toList();
        demoContexts.load(known, List.copyOf(teenagers));
    }

    /** Children of 10 to 17 from the first batch for the demo panels (any children if there are too few). */
    private static List<java.util.UUID> panelChildren(ChildBatch batch, java.time.LocalDate today) {
        List<java.util.UUID> ids = new ArrayList<>(batch.children().stream()
                .filter(c -> c.dateOfBirth() != null && !c.dateOfBirth().isAfter(today.minusYears(10))
                        && c.dateOfBirth().isAfter(today.minusYears(18)))
                .map(org.reachable.identity.ChildRecord::id).limit(DemoPanels.CHILDREN).toList());
        batch.children().stream().map(org.reachable.identity.ChildRecord::id).filter(id -> !ids.contains(id))
                .limit(DemoPanels.CHILDREN - ids.size()).forEach(ids::add);
        return ids;
    }

    /** The demo panels' seats: the first organisation of each kind, and the demo manager, practitioner and MASH. */
    private static DemoPanels.Seats seats(Partnership partnership) {
        java.util.Map<org.reachable.agencies.OrganisationKind, java.util.UUID> byKind = new java.util.EnumMap<>(
                org.reachable.agencies.OrganisationKind.class);
        partnership.organisations().forEach(o -> byKind.putIfAbsent(o.kind(), o.id()));
        DemoLogin chair = demoLogin(partnership, "manager.demo");
        DemoLogin member = demoLogin(partnership, "practitioner.demo");
        DemoLogin mash = demoLogin(partnership, "mash.demo");
        return new DemoPanels.Seats(byKind, chair.accountId(), chair.displayName(), member.accountId(),
                member.displayName(), mash.accountId(), mash.displayName());
    }

    private static DemoLogin demoLogin(Partnership partnership, String username) {
        return partnership.demoLogins().stream().filter(d -> d.username().endsWith(username)).findFirst()
                .orElseThrow();
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
