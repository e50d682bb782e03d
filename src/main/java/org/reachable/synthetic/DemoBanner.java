package org.reachable.synthetic;

/** The demo logins and the children to look at, as printed after a load. */
final class DemoBanner {

    private DemoBanner() {
    }

    static String text(LoadSummary summary) {
        StringBuilder out = new StringBuilder();
        out.append("==================== Reachable demo (synthetic data only) ====================\n");
        out.append(String.format("%-20s %-20s %-16s %s%n", "username", "role", "password", "who"));
        for (DemoLogin login : summary.demoLogins()) {
            out.append(String.format("%-20s %-20s %-16s %s, %s%n", login.username(), login.role(), DemoLogin.PASSWORD,
                    login.displayName(), login.organisationName()));
        }
        NotableChild showcase = summary.showcase();
        out.append("Showcase child: ").append(showcase.name()).append(" (").append(showcase.events())
                .append(" events; practitioner.demo is lead practitioner) id ").append(showcase.id()).append('\n');
        for (NotableChild heavy : summary.heavy()) {
            out.append("Heavy child: ").append(heavy.name()).append(" (").append(heavy.events())
                    .append(" events) id ").append(heavy.id()).append('\n');
        }
        out.append("==============================================================================");
        return out.toString();
    }
}
