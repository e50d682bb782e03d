package org.reachable.language;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.language.internal.LanguageRuleRepository;
import org.springframework.stereotype.Service;

/**
 * Checks free text against the partnership's language rules. Advisory: it never stops anyone saving what they wrote.
 * The text is not stored or audited here (it may be a case note; storing it would copy personal data for no purpose).
 */
@Service
public class LanguageCheck {

    /** Longer texts are checked up to this length; the platform's own text fields are shorter. */
    public static final int MAX_TEXT = 20_000;

    private final LanguageRuleRepository repository;
    private volatile List<ActiveRule> active;

    LanguageCheck(LanguageRuleRepository repository) {
        this.repository = repository;
    }

    public List<LanguageFinding> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String checked = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        BitSet quoted = QuotedSpans.of(checked);
        List<LanguageFinding> findings = new ArrayList<>();
        for (ActiveRule rule : rules()) {
            Matcher matcher = rule.pattern().matcher(checked);
            while (matcher.find()) {
                if (!quoted.get(matcher.start())) {
                    findings.add(new LanguageFinding(matcher.start(), matcher.end(), matcher.group(), rule.rule().code(),
                            rule.rule().category(), rule.rule().phrase(), rule.rule().explanation(),
                            rule.rule().suggestion()));
                }
            }
        }
        return withoutOverlaps(findings);
    }

    /** Forget the compiled rules so the next check uses the latest versions. */
    void rulesChanged() {
        active = null;
    }

    private List<ActiveRule> rules() {
        List<ActiveRule> current = active;
        if (current == null) {
            current = repository.all().stream().filter(LanguageRule::enabled)
                    .flatMap(rule -> RulePattern.compile(rule.pattern()).pattern().stream()
                            .map(pattern -> new ActiveRule(rule, pattern)))
                    .toList();
            active = current;
        }
        return current;
    }

    /** Where two rules flag overlapping words, one finding is enough: keep the earlier (then the longer) one. */
    private static List<LanguageFinding> withoutOverlaps(List<LanguageFinding> findings) {
        findings.sort(Comparator.comparingInt(LanguageFinding::start)
                .thenComparing(Comparator.comparingInt(LanguageFinding::end).reversed()));
        List<LanguageFinding> kept = new ArrayList<>();
        int coveredTo = -1;
        for (LanguageFinding finding : findings) {
            if (finding.start() >= coveredTo) {
                kept.add(finding);
                coveredTo = finding.end();
            }
        }
        return kept;
    }

    private record ActiveRule(LanguageRule rule, Pattern pattern) {
    }
}
