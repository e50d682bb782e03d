package org.reachable.synthetic;

import java.util.List;
import org.reachable.access.UserAccounts.NewAccount;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Practitioner;

/** The borough's organisations, practitioners, their accounts (no passwords) and the demo logins. */
public record Partnership(List<Organisation> organisations, List<Practitioner> practitioners,
                          List<NewAccount> accounts, List<DemoLogin> demoLogins) {
}
