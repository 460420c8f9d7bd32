package org.innovationledger.query.patent;

import org.innovationledger.api.patent.AmountDue;
import org.innovationledger.api.patent.GraceMonth;
import org.innovationledger.query.patent.Deadline.FeeDue;
import org.innovationledger.query.patent.Deadline.Standing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The deadline calendar as an iCalendar feed (RFC 5545) that calendar applications subscribe to: one all-day
 * event per deadline still to meet — due within 365 days, or overdue and still payable in grace (dated on the last
 * day of grace). Each event's UID is the deadline's stable id, so a subscriber updates an event instead of adding
 * another; its SEQUENCE rises when an unpaid fee moves into grace. SUMMARY is Chinese, DESCRIPTION English.
 * Fees carry an alarm 7 days before.
 */
final class PatentCalendarFeed {

    static final String MEDIA_TYPE = "text/calendar;charset=utf-8";
    static final String PRODUCT_ID = "-//Innovation Ledger//Patent deadlines 专利期限//ZH";
    static final String UID_DOMAIN = "@innovation-ledger";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                                                    .withZone(ZoneOffset.UTC);

    private PatentCalendarFeed() {
    }

    static String of(String calendarName, PatentDeadlines calendar, Instant generatedAt) {
        ICalendarText ics = new ICalendarText()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .text("PRODID", PRODUCT_ID)
                .line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", calendarName)
                .text("X-WR-CALDESC", "专利年费、审查与复审、恢复及期限届满的期限 — patent fees, examination, "
                        + "re-examination, restoration and expiry deadlines")
                .line("X-WR-TIMEZONE", "Asia/Shanghai")
                .line("REFRESH-INTERVAL;VALUE=DURATION", "PT12H")
                .line("X-PUBLISHED-TTL", "PT12H");
        String stamp = STAMP.format(generatedAt.truncatedTo(ChronoUnit.SECONDS));
        calendar.groups().stream().flatMap(group -> group.deadlines().stream())
                .filter(Deadline::stillActionable)
                .forEach(deadline -> event(ics, deadline, stamp));
        return ics.line("END", "VCALENDAR").toString();
    }

    private static void event(ICalendarText ics, Deadline deadline, String stamp) {
        boolean inGrace = deadline.standing() == Standing.IN_GRACE;
        LocalDate day = inGrace ? deadline.lastDay() : deadline.dueOn();
        ics.line("BEGIN", "VEVENT")
           .text("UID", deadline.id() + UID_DOMAIN)
           .line("DTSTAMP", stamp)
           .line("SEQUENCE", inGrace ? "1" : "0")
           .line("DTSTART;VALUE=DATE", DATE.format(day))
           .line("DTEND;VALUE=DATE", DATE.format(day.plusDays(1)))
           .text("SUMMARY", "【" + deadline.kindChinese() + "】" + deadline.summaryChinese())
           .text("DESCRIPTION", description(deadline))
           .text("CATEGORIES", deadline.kind().name())
           .line("TRANSP", "TRANSPARENT")
           .line("STATUS", "CONFIRMED");
        if (deadline.annualFee() != null) {
            ics.line("BEGIN", "VALARM")
               .line("ACTION", "DISPLAY")
               .line("TRIGGER", "-P7D")
               .text("DESCRIPTION", "7天后：" + deadline.summaryChinese())
               .line("END", "VALARM");
        }
        ics.line("END", "VEVENT");
    }

    private static String description(Deadline deadline) {
        StringBuilder text = new StringBuilder(deadline.summaryEnglish());
        text.append("\n").append(deadline.kindEnglish()).append(", due on ").append(deadline.dueOn());
        if (deadline.standing() == Standing.IN_GRACE) {
            text.append("; in grace until ").append(deadline.lastDay());
        }
        FeeDue fee = deadline.annualFee();
        if (fee != null) {
            text.append("\nPatent year ").append(fee.patentYear()).append(", fee ").append(fee.fee()).append(" yuan");
            if (fee.amountDueToday() != null) {
                text.append("; to pay now: ").append(amount(fee.amountDueToday()));
            }
            List<GraceMonth> months = fee.graceMonths();
            for (GraceMonth month : months) {
                text.append("\nMonth ").append(month.month()).append(" of grace, ").append(month.startsOn())
                    .append(" to ").append(month.endsOn()).append(": ").append(amount(month.amountDue()));
            }
        }
        text.append("\nStudio: ").append(deadline.studioName() != null ? deadline.studioName() : deadline.studioId());
        return text.toString();
    }

    private static String amount(AmountDue due) {
        return due.total() + " yuan (fee " + due.fee() + " + " + due.surchargePercent() + " % surcharge "
                + due.surcharge() + ")";
    }
}
