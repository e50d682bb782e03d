package org.reachable.chronology;

import static org.reachable.chronology.Attribute.oneOf;
import static org.reachable.chronology.Attribute.number;
import static org.reachable.chronology.Attribute.text;
import static org.reachable.chronology.Attribute.yesNo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The versioned taxonomy of things that happen to a child and that agencies record. {@code code} is stable and goes
 * into feeds and the database; a change to a type's attributes bumps its {@code version}, and each stored event keeps
 * the version it was recorded under.
 */
public enum EventType {
    POLICE_INCIDENT("police.incident", 1, "Police incident", EventFamily.POLICE,
            oneOf("role", true, "Child's role", "VICTIM", "SUSPECT", "WITNESS")),
    ARREST("police.arrest", 1, "Arrest", EventFamily.POLICE, text("offence", "Offence")),
    STOP_AND_SEARCH("police.stop-and-search", 1, "Stop and search", EventFamily.POLICE,
            oneOf("outcome", false, "Outcome", "NOTHING_FOUND", "ITEM_FOUND", "ARREST", "OTHER")),
    WEAPON_INCIDENT("police.weapon-incident", 1, "Knife or weapon incident", EventFamily.POLICE,
            oneOf("role", true, "Child's role", "VICTIM", "SUSPECT", "WITNESS"),
            oneOf("weapon", false, "Weapon", "KNIFE", "FIREARM", "OTHER")),
    CUSTODY("police.custody", 1, "Brought into police custody", EventFamily.POLICE),
    DOMESTIC_ABUSE_NOTIFICATION("police.domestic-abuse-notification", 1, "Domestic abuse notification",
            EventFamily.POLICE),
    MISSING_EPISODE("missing.episode", 1, "Missing episode", EventFamily.MISSING,
            number("hoursMissing", false, "Hours missing")),
    RETURN_INTERVIEW("missing.return-interview", 1, "Return home interview", EventFamily.MISSING,
            oneOf("outcome", true, "Outcome", "COMPLETED", "DECLINED", "NOT_OFFERED")),
    ED_ATTENDANCE("health.ed-attendance", 1, "Emergency department attendance", EventFamily.HEALTH,
            oneOf("reason", true, "Reason", "ASSAULT", "SHARP_OBJECT_INJURY", "SELF_HARM", "INJURY_OTHER", "ILLNESS")),
    AMBULANCE_CALLOUT("health.ambulance-callout", 1, "Ambulance call-out", EventFamily.HEALTH,
            yesNo("suspectedViolence", "Suspected youth violence")),
    CAMHS_ASSESSMENT("health.camhs-assessment", 1, "CAMHS assessment", EventFamily.HEALTH),
    SALT_ASSESSMENT("health.salt-assessment", 1, "Speech and language therapy assessment", EventFamily.HEALTH),
    AWAITING_NEURODEVELOPMENTAL("health.awaiting-neurodevelopmental", 1,
            "Waiting for neurodevelopmental assessment", EventFamily.HEALTH),
    NEURODEVELOPMENTAL_ASSESSMENT("health.neurodevelopmental-assessment", 1, "Neurodevelopmental assessment",
            EventFamily.HEALTH),
    AWAITING_SALT("health.awaiting-salt", 1, "Waiting for speech and language therapy assessment",
            EventFamily.HEALTH),
    ATTENDANCE_BELOW_THRESHOLD("education.attendance-below-threshold", 1, "Attendance below threshold",
            EventFamily.EDUCATION, number("percentage", true, "Attendance %")),
    SUSPENSION("education.suspension", 1, "Suspension", EventFamily.EDUCATION,
            oneOf("reason", true, "DfE reason", ExclusionReason.codes()), number("days", false, "Days")),
    PERMANENT_EXCLUSION("education.permanent-exclusion", 1, "Permanent exclusion", EventFamily.EDUCATION,
            oneOf("reason", true, "DfE reason", ExclusionReason.codes())),
    MOVE_TO_ALTERNATIVE_PROVISION("education.move-to-ap", 1, "Move to alternative provision or PRU",
            EventFamily.EDUCATION),
    ELECTIVE_HOME_EDUCATION("education.elective-home-education", 1, "Elective home education",
            EventFamily.EDUCATION),
    SCHOOL_MOVE("education.school-move", 1, "School move", EventFamily.EDUCATION,
            yesNo("midYear", "Mid-year move"), text("fromSchool", "Previous school")),
    SEN_SUPPORT("send.sen-support", 1, "SEN support", EventFamily.SEND,
            oneOf("need", false, "Primary need", SendNeed.codes())),
    EHCP_ISSUED("send.ehcp-issued", 1, "Education, health and care plan issued", EventFamily.SEND,
            oneOf("need", false, "Primary need", SendNeed.codes())),
    EHC_ASSESSMENT_REQUESTED("send.assessment-requested", 1, "EHC needs assessment requested", EventFamily.SEND),
    CSC_CONTACT("csc.contact", 1, "Contact to children's social care", EventFamily.SOCIAL_CARE,
            text("source", "Source")),
    CSC_CONTACT_OUTCOME("csc.contact-outcome", 1, "Contact decided", EventFamily.SOCIAL_CARE,
            oneOf("outcome", true, "Outcome", "NO_FURTHER_ACTION", "ADVICE", "EARLY_HELP", "REFERRAL",
                    "STRATEGY_DISCUSSION")),
    CSC_REFERRAL("csc.referral", 1, "Referral to children's social care", EventFamily.SOCIAL_CARE),
    CSC_ASSESSMENT("csc.assessment", 1, "Social care assessment", EventFamily.SOCIAL_CARE,
            text("factors", "Assessment factors (CIN census codes)")),
    INFORMATION_SHARED("mash.information-shared", 1, "Information shared with the MASH", EventFamily.SOCIAL_CARE),
    STRATEGY_DISCUSSION("csc.strategy-discussion", 1, "Strategy discussion", EventFamily.SOCIAL_CARE,
            yesNo("s47", "Section 47 enquiry to start")),
    CIN_START("csc.cin-start", 1, "Child in need plan started", EventFamily.SOCIAL_CARE),
    CIN_END("csc.cin-end", 1, "Child in need plan ended", EventFamily.SOCIAL_CARE),
    CP_START("csc.cp-start", 1, "Child protection plan started", EventFamily.SOCIAL_CARE,
            oneOf("category", false, "Category", "NEGLECT", "PHYSICAL", "EMOTIONAL", "SEXUAL", "MULTIPLE")),
    CP_END("csc.cp-end", 1, "Child protection plan ended", EventFamily.SOCIAL_CARE),
    CLA_START("csc.cla-start", 1, "Became looked after", EventFamily.SOCIAL_CARE),
    CLA_END("csc.cla-end", 1, "Stopped being looked after", EventFamily.SOCIAL_CARE),
    EARLY_HELP_START("early-help.start", 1, "Early help episode started", EventFamily.SOCIAL_CARE),
    EARLY_HELP_END("early-help.end", 1, "Early help episode ended", EventFamily.SOCIAL_CARE),
    OUT_OF_COURT_DISPOSAL("yjs.out-of-court-disposal", 1, "Out-of-court disposal", EventFamily.YOUTH_JUSTICE,
            oneOf("disposal", false, "Disposal", "COMMUNITY_RESOLUTION", "YOUTH_CAUTION", "YOUTH_CONDITIONAL_CAUTION",
                    "OUTCOME_22")),
    COURT_OUTCOME("yjs.court-outcome", 1, "Court outcome", EventFamily.YOUTH_JUSTICE,
            oneOf("outcome", false, "Outcome", "REFERRAL_ORDER", "YOUTH_REHABILITATION_ORDER", "DTO", "DISCHARGE",
                    "NOT_GUILTY", "OTHER")),
    RELEASE_FROM_CUSTODY("yjs.release-from-custody", 1, "Released from custody", EventFamily.YOUTH_JUSTICE),
    HOUSING_MOVE("housing.move", 1, "Moved home", EventFamily.HOUSING, yesNo("outOfBorough", "Out of borough")),
    HOMELESSNESS("housing.homelessness", 1, "Homeless or at risk of homelessness", EventFamily.HOUSING),
    BEREAVEMENT("community.bereavement", 1, "Bereavement", EventFamily.COMMUNITY, text("relationship", "Who died")),
    /** The child was seriously harmed or killed: opens a critical incident (context module) for those close to them. */
    SERIOUSLY_HARMED("community.seriously-harmed", 1, "Seriously harmed or killed", EventFamily.COMMUNITY,
            oneOf("harm", true, "Harm", "SERIOUSLY_INJURED", "KILLED")),
    PEER_SERIOUSLY_HARMED("community.peer-seriously-harmed", 1, "Sibling or peer seriously harmed or killed",
            EventFamily.COMMUNITY, oneOf("harm", false, "Harm", "SERIOUSLY_INJURED", "KILLED")),
    ONLINE_HARM_CONCERN("online.harm-concern", 1, "Online harm concern", EventFamily.COMMUNITY,
            oneOf("kind", false, "Kind", "THREATS", "EXPLOITATION", "SEXUAL", "BULLYING", "OTHER")),
    OFFER_OF_HELP("help.offer", 1, "Offer of help", EventFamily.HELP,
            oneOf("response", true, "Response", "MADE", "ACCEPTED", "DECLINED"), text("service", "Service offered"));

    private final String code;
    private final int version;
    private final String label;
    private final EventFamily family;
    private final List<Attribute> attributes;

    EventType(String code, int version, String label, EventFamily family, Attribute... attributes) {
        this.code = code;
        this.version = version;
        this.label = label;
        this.family = family;
        this.attributes = List.of(attributes);
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String label() {
        return label;
    }

    public EventFamily family() {
        return family;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    public static Optional<EventType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(EventType::code).toList());
    }
}
