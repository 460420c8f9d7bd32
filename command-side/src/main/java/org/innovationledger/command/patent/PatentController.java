package org.innovationledger.command.patent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.innovationledger.api.patent.AnswerOfficeAction;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.DecideReexamination;
import org.innovationledger.api.patent.DeemWithdrawn;
import org.innovationledger.api.patent.FilePatent;
import org.innovationledger.api.patent.GrantPatent;
import org.innovationledger.api.patent.InvalidatePatent;
import org.innovationledger.api.patent.IssueOfficeAction;
import org.innovationledger.api.patent.LicensePatent;
import org.innovationledger.api.patent.PassFormalExamination;
import org.innovationledger.api.patent.PayAnnualFee;
import org.innovationledger.api.patent.PublishApplication;
import org.innovationledger.api.patent.RecordExpiry;
import org.innovationledger.api.patent.RecordLapse;
import org.innovationledger.api.patent.RejectApplication;
import org.innovationledger.api.patent.RequestCorrection;
import org.innovationledger.api.patent.RequestReexamination;
import org.innovationledger.api.patent.RequestSubstantiveExamination;
import org.innovationledger.api.patent.RestorePatent;
import org.innovationledger.api.patent.TransferPatent;
import org.innovationledger.api.patent.WithdrawApplication;
import org.innovationledger.command.web.CommandDispatcher;
import org.innovationledger.command.web.CommandResponses;
import org.innovationledger.command.web.CommandResult;
import org.innovationledger.command.web.RequestContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.innovationledger.command.patent.PatentRequests.*;

/**
 * Commands on patents (专利). Reads are on the query side, under the same paths. Every write may carry
 * {@code If-Match} (the version last read; 412 when stale) and {@code Idempotency-Key} (a retry is applied once).
 * A patent's id is a UUID derived from its application number, so the same application cannot be filed twice
 * (409 ALREADY_EXISTS).
 */
@RestController
@RequestMapping(path = "/api/patents", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patents 专利", description = "File patents and record every step of their path, fees included")
class PatentController {

    private final CommandDispatcher commands;

    PatentController(CommandDispatcher commands) {
        this.commands = commands;
    }

    /** The id of the patent filed under an application number: the same number always gives the same id. */
    static String patentIdOf(ApplicationNumber number) {
        return UUID.nameUUIDFromBytes(("patent:" + number).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @PostMapping
    @Operation(summary = "File a patent application (专利申请受理)")
    ResponseEntity<CommandResult> file(@Valid @RequestBody FilePatentRequest body, RequestContext context) {
        ApplicationNumber number = body.number();
        CommandResult result = commands.send(context, body, new FilePatent(
                patentIdOf(number), body.studioId(), number, body.type(), body.title().trim(), body.filedOn(),
                body.priorityDate(), trimmed(body.applicants()), trimmed(body.inventors()),
                body.achievementIds() == null ? List.of() : trimmed(body.achievementIds())), null);
        return CommandResponses.created(result, "/api/patents/" + result.id());
    }

    @PostMapping("/{patentId}/corrections")
    @Operation(summary = "The office asked for a correction in formal examination (补正通知书)")
    ResponseEntity<CommandResult> requestCorrection(@PathVariable String patentId,
                                                    @Valid @RequestBody CorrectionRequest body,
                                                    RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RequestCorrection(
                patentId, context.expectedVersion(), body.requestedOn(), body.responseDueOn(),
                body.defects().trim()), null));
    }

    @PostMapping("/{patentId}/formal-examination")
    @Operation(summary = "Formal examination passed (初审合格)")
    ResponseEntity<CommandResult> passFormalExamination(@PathVariable String patentId,
                                                        @Valid @RequestBody FormalExaminationRequest body,
                                                        RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new PassFormalExamination(
                patentId, context.expectedVersion(), body.passedOn()), null));
    }

    @PostMapping("/{patentId}/publication")
    @Operation(summary = "An invention application was published (公布)")
    ResponseEntity<CommandResult> publish(@PathVariable String patentId, @Valid @RequestBody PublicationRequest body,
                                          RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new PublishApplication(
                patentId, context.expectedVersion(), body.publishedOn(), body.publicationNumber()), null));
    }

    @PostMapping("/{patentId}/substantive-examination")
    @Operation(summary = "Request substantive examination of an invention (实质审查请求), within 3 years")
    ResponseEntity<CommandResult> requestSubstantiveExamination(@PathVariable String patentId,
                                                                @Valid @RequestBody SubstantiveExaminationRequest body,
                                                                RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RequestSubstantiveExamination(
                patentId, context.expectedVersion(), body.requestedOn()), null));
    }

    @PostMapping("/{patentId}/office-actions")
    @Operation(summary = "Record an office action and its response deadline (审查意见通知书)")
    ResponseEntity<CommandResult> issueOfficeAction(@PathVariable String patentId,
                                                    @Valid @RequestBody OfficeActionRequest body,
                                                    RequestContext context) {
        String officeActionId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new IssueOfficeAction(
                patentId, context.expectedVersion(), officeActionId, body.issuedOn(), body.responseDueOn(),
                body.summary()), officeActionId);
        return CommandResponses.created(result, "/api/patents/" + patentId + "/office-actions/" + result.entityId());
    }

    @PostMapping("/{patentId}/office-actions/{officeActionId}/answer")
    @Operation(summary = "Answer an office action by its deadline (意见陈述)")
    ResponseEntity<CommandResult> answer(@PathVariable String patentId, @PathVariable String officeActionId,
                                         @Valid @RequestBody AnswerRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new AnswerOfficeAction(
                patentId, context.expectedVersion(), officeActionId, body.answeredOn(), body.summary()), null));
    }

    @PostMapping("/{patentId}/grant")
    @Operation(summary = "The patent was granted (授权公告); its number is ZL + the application number")
    ResponseEntity<CommandResult> grant(@PathVariable String patentId, @Valid @RequestBody GrantRequest body,
                                        RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new GrantPatent(
                patentId, context.expectedVersion(), body.announcedOn()), null));
    }

    @PostMapping("/{patentId}/rejection")
    @Operation(summary = "The application was rejected (驳回)")
    ResponseEntity<CommandResult> reject(@PathVariable String patentId, @Valid @RequestBody RejectionRequest body,
                                         RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RejectApplication(
                patentId, context.expectedVersion(), body.rejectedOn(), body.reason().trim()), null));
    }

    @PostMapping("/{patentId}/reexamination")
    @Operation(summary = "Request re-examination of the rejection (复审请求), within 3 months")
    ResponseEntity<CommandResult> requestReexamination(@PathVariable String patentId,
                                                       @Valid @RequestBody ReexaminationRequest body,
                                                       RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RequestReexamination(
                patentId, context.expectedVersion(), body.requestedOn()), null));
    }

    @PostMapping("/{patentId}/reexamination/decision")
    @Operation(summary = "Record the re-examination decision (复审决定): upheld or overturned")
    ResponseEntity<CommandResult> decideReexamination(@PathVariable String patentId,
                                                      @Valid @RequestBody ReexaminationDecisionRequest body,
                                                      RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new DecideReexamination(
                patentId, context.expectedVersion(), body.outcome(), body.decidedOn(), body.reason()), null));
    }

    @PostMapping("/{patentId}/withdrawal")
    @Operation(summary = "Withdraw the application (撤回)")
    ResponseEntity<CommandResult> withdraw(@PathVariable String patentId, @Valid @RequestBody WithdrawalRequest body,
                                           RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new WithdrawApplication(
                patentId, context.expectedVersion(), body.withdrawnOn(), body.reason().trim()), null));
    }

    @PostMapping("/{patentId}/deemed-withdrawal")
    @Operation(summary = "The office deemed the application withdrawn (视为撤回)")
    ResponseEntity<CommandResult> deemWithdrawn(@PathVariable String patentId,
                                                @Valid @RequestBody DeemedWithdrawalRequest body,
                                                RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new DeemWithdrawn(
                patentId, context.expectedVersion(), body.deemedOn(), body.reason().trim()), null));
    }

    @PostMapping("/{patentId}/annual-fees")
    @Operation(summary = "Pay the annual fee for a patent year (缴纳年费), with the surcharge (滞纳金) of its grace month")
    ResponseEntity<CommandResult> payAnnualFee(@PathVariable String patentId,
                                               @Valid @RequestBody AnnualFeeRequest body, RequestContext context) {
        String year = String.valueOf(body.patentYear());
        CommandResult result = commands.send(context, body, new PayAnnualFee(
                patentId, context.expectedVersion(), body.patentYear(), body.yuan(), body.paidOn()), year);
        return CommandResponses.created(result, "/api/patents/" + patentId + "/annual-fees/" + year);
    }

    @PostMapping("/{patentId}/lapse")
    @Operation(summary = "The patent lapsed for an unpaid annual fee (专利权终止)")
    ResponseEntity<CommandResult> recordLapse(@PathVariable String patentId, @Valid @RequestBody LapseRequest body,
                                              RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RecordLapse(
                patentId, context.expectedVersion(), body.lapsedOn()), null));
    }

    @PostMapping("/{patentId}/restoration")
    @Operation(summary = "Restore a lapsed patent within two months (恢复权利), paying the fee with 25 % surcharge")
    ResponseEntity<CommandResult> restore(@PathVariable String patentId, @Valid @RequestBody RestorationRequest body,
                                          RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RestorePatent(
                patentId, context.expectedVersion(), body.restoredOn(), body.yuan(), body.reason().trim()), null));
    }

    @PostMapping("/{patentId}/transfers")
    @Operation(summary = "Transfer the patent to new owners (专利权转让)")
    ResponseEntity<CommandResult> transfer(@PathVariable String patentId, @Valid @RequestBody TransferRequest body,
                                           RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new TransferPatent(
                patentId, context.expectedVersion(), trimmed(body.newOwners()), body.transferredOn()), null));
    }

    @PostMapping("/{patentId}/licences")
    @Operation(summary = "License the patent (专利实施许可): exclusive, sole or ordinary, for a term and a fee")
    ResponseEntity<CommandResult> license(@PathVariable String patentId, @Valid @RequestBody LicenceRequest body,
                                          RequestContext context) {
        String licenceId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new LicensePatent(
                patentId, context.expectedVersion(), licenceId, body.licensee().trim(), body.kind(),
                body.startsOn(), body.endsOn(), body.yuan()), licenceId);
        return CommandResponses.created(result, "/api/patents/" + patentId + "/licences/" + result.entityId());
    }

    @PostMapping("/{patentId}/invalidations")
    @Operation(summary = "Record an invalidation decision (无效宣告), wholly or for some claims")
    ResponseEntity<CommandResult> invalidate(@PathVariable String patentId,
                                             @Valid @RequestBody InvalidationRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new InvalidatePatent(
                patentId, context.expectedVersion(), body.extent(),
                body.invalidatedClaims() == null ? List.of() : List.copyOf(body.invalidatedClaims()),
                body.decidedOn(), body.reason().trim()), null));
    }

    @PostMapping("/{patentId}/expiry")
    @Operation(summary = "Record that the term ended (期限届满)")
    ResponseEntity<CommandResult> recordExpiry(@PathVariable String patentId, @Valid @RequestBody ExpiryRequest body,
                                               RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RecordExpiry(
                patentId, context.expectedVersion(), body.recordedOn()), null));
    }

    private static List<String> trimmed(List<String> names) {
        return names.stream().map(String::trim).toList();
    }
}
