package org.reachable.language;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.language.internal.LanguageRuleRepository;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnership's language rules: anyone signed in may read them; a team manager (safeguarding lead) edits them. */
@Service
public class LanguageRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final LanguageRuleRepository repository;
    private final LanguageCheck check;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    LanguageRules(LanguageRuleRepository repository, LanguageCheck check, ChildRecordAccess access, Audit audit,
                  Clock clock) {
        this.repository = repository;
        this.check = check;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<LanguageRule> all() {
        return repository.all();
    }

    public Optional<LanguageRule> find(String code) {
        return repository.find(code);
    }

    public List<LanguageRule> history(String code) {
        return repository.history(code);
    }

    /** Adds or edits a rule after checking every field; nothing is saved if any is wrong. */
    @Transactional
    public LanguageRule save(RuleChange change) {
        String resource = "language/rule/" + change.code();
        access.requireCapability(Capability.EDIT_LANGUAGE_RULES, AuditAction.ADMINISTER, resource);
        Checks checks = new Checks();
        String code = checks.text("code", change.code(), 60, "Enter a short code for the rule");
        checks.require(code == null || CODE.matcher(code).matches(), "code", change.code(),
                "Use lower-case letters, digits and single hyphens, e.g. putting-self-at-risk");
        LanguageCategory category = category(checks, change.category());
        String phrase = checks.text("phrase", change.phrase(), 100, "Enter the phrase the rule is about");
        String pattern = checks.text("pattern", change.pattern(), 2_000, "Enter the pattern to look for");
        Optional<Pattern> compiled = Optional.empty();
        if (pattern != null) {
            RulePattern.Compiled result = RulePattern.compile(pattern);
            checks.require(result.pattern().isPresent(), "pattern", pattern,
                    "Not a valid pattern: " + result.problem());
            compiled = result.pattern();
        }
        String explanation = checks.text("explanation", change.explanation(), 1_000,
                "Say why this phrasing harms children");
        String suggestion = checks.text("suggestion", change.suggestion(), 1_000, "Say what to write instead");
        List<String> examples = examples(change.examples());
        checks.require(!examples.isEmpty(), "examples", change.examples(),
                "Give at least one sentence the rule must flag, one per line");
        compiled.ifPresent(p -> examples.stream().filter(e -> !p.matcher(e).find()).findFirst()
                .ifPresent(e -> checks.problem("examples", e, "The pattern does not flag this example")));
        Optional<LanguageRule> existing = code == null ? Optional.empty() : repository.find(code);
        if (change.expectedVersion() == null) {
            checks.require(existing.isEmpty(), "code", code, "A rule with this code already exists");
        } else {
            checks.require(existing.map(r -> r.version() == change.expectedVersion()).orElse(false), "version",
                    change.expectedVersion(), "Someone else changed this rule since you opened it; open it again");
        }
        checks.throwIfAny();
        int version = existing.map(r -> r.version() + 1).orElse(1);
        LanguageRule rule = new LanguageRule(code, category, phrase, pattern, explanation, suggestion, examples,
                change.enabled(), version, CurrentUsers.require().username(), clock.instant());
        audit.allowed(AuditAction.ADMINISTER, null, resource, "Language rule version " + version,
                LegalBasis.ADMINISTRATION);
        repository.save(rule);
        check.rulesChanged();
        return rule;
    }

    private static LanguageCategory category(Checks checks, String value) {
        String given = value == null ? "" : value.strip();
        Optional<LanguageCategory> found = Arrays.stream(LanguageCategory.values())
                .filter(c -> c.name().equals(given)).findFirst();
        checks.require(found.isPresent(), "category", value,
                "Choose one of " + Arrays.toString(LanguageCategory.values()));
        return found.orElse(null);
    }

    private static List<String> examples(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
