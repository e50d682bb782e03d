package org.reachable.feeds.csv;

import java.util.Set;
import org.reachable.chronology.EventFamily;
import org.reachable.feeds.FeedFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One CSV format per event family, each with the same columns (docs/data-formats/feeds-csv.md). Per family rather
 * than one file of everything because each agency exports from one system, and a file sent under the wrong family is
 * then caught at once instead of filling a child's chronology with, say, school records labelled as police ones.
 */
@Configuration(proxyBeanMethods = false)
class CsvFormats {

    @Bean
    FeedFormat csvPolice() {
        return new CsvEventFormat("csv-police", "Police: incidents, arrests, stop and search, custody, missing episodes",
                Set.of(EventFamily.POLICE, EventFamily.MISSING));
    }

    @Bean
    FeedFormat csvHealth() {
        return new CsvEventFormat("csv-health", "Health: ED attendances, ambulance call-outs, CAMHS and therapies",
                Set.of(EventFamily.HEALTH));
    }

    @Bean
    FeedFormat csvEducation() {
        return new CsvEventFormat("csv-education", "Education and SEND: attendance, suspensions, exclusions, moves",
                Set.of(EventFamily.EDUCATION, EventFamily.SEND));
    }

    @Bean
    FeedFormat csvSocialCare() {
        return new CsvEventFormat("csv-social-care", "Social care and early help, housing, bereavement, offers of help",
                Set.of(EventFamily.SOCIAL_CARE, EventFamily.HOUSING, EventFamily.COMMUNITY, EventFamily.HELP,
                        EventFamily.MISSING));
    }

    @Bean
    FeedFormat csvYouthJustice() {
        return new CsvEventFormat("csv-youth-justice", "Youth justice: out-of-court disposals, court outcomes, release",
                Set.of(EventFamily.YOUTH_JUSTICE));
    }
}
