package org.reachable.language.web;

import org.reachable.language.LanguageRule;
import org.reachable.language.RuleChange;

/** The rule form's fields as typed (a mutable bean so Spring can bind the form to it). */
public class RuleForm {

    private String code;
    private String category;
    private String phrase;
    private String pattern;
    private String explanation;
    private String suggestion;
    private String examples;
    private boolean enabled = true;
    private Integer version;

    static RuleForm of(LanguageRule rule) {
        RuleForm form = new RuleForm();
        form.code = rule.code();
        form.category = rule.category().name();
        form.phrase = rule.phrase();
        form.pattern = rule.pattern();
        form.explanation = rule.explanation();
        form.suggestion = rule.suggestion();
        form.examples = String.join("\n", rule.examples());
        form.enabled = rule.enabled();
        form.version = rule.version();
        return form;
    }

    RuleChange toChange() {
        return new RuleChange(code, category, phrase, pattern, explanation, suggestion, examples, enabled, version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPhrase() {
        return phrase;
    }

    public void setPhrase(String phrase) {
        this.phrase = phrase;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    public String getExamples() {
        return examples;
    }

    public void setExamples(String examples) {
        this.examples = examples;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
