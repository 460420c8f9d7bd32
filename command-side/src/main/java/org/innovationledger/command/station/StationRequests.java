package org.innovationledger.command.station;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.station.GraduationOutcome;
import org.innovationledger.api.station.IncubationSubject;
import org.innovationledger.api.station.IncubationSubjectKind;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the service station commands, validated field by field before a command is built. */
final class StationRequests {

    /** A six-digit GB/T 2260 code starting with a province code (as for studios). */
    static final String REGION_CODE = "(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\\d{4}";
    static final String REGION_MESSAGE = "must be a six-digit region code (GB/T 2260), e.g. 360829";

    private StationRequests() {
    }

    record RegisterStationRequest(
            @Schema(example = "安福县职工创新创业服务站") @NotBlank @Size(max = 100) String name,
            @Schema(example = "360829") @NotNull @Pattern(regexp = REGION_CODE, message = REGION_MESSAGE) String region,
            @Schema(description = "主办工会", example = "安福县总工会") @NotBlank @Size(max = 100) String hostUnion,
            @Schema(description = "合作单位", example = "[\"安福县科技局\", \"井冈山大学\"]")
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> partners,
            @Schema(description = "设立日期", example = "2024-03-01") @NotNull LocalDate registeredOn) {
        RegionCode regionCode() {
            return new RegionCode(region);
        }

        List<String> trimmedPartners() {
            return partners == null ? List.of() : partners.stream().map(String::trim).toList();
        }
    }

    record SubjectRequest(
            @Schema(description = "what is incubated", example = "ACHIEVEMENT") @NotNull IncubationSubjectKind kind,
            @Schema(description = "the achievement's or patent's id") @NotBlank @Size(max = 64) String id) {
        IncubationSubject toSubject() {
            return new IncubationSubject(kind, id.trim());
        }
    }

    record AdmissionRequest(
            @NotNull @Valid SubjectRequest subject,
            @Schema(description = "入孵 date", example = "2025-04-01") @NotNull LocalDate admittedOn,
            @Schema(example = "入驻服务站中试车间") @Size(max = 2000) String note) {
    }

    record MilestoneRequest(
            @Schema(description = "孵化节点", example = "样机试制完成") @NotBlank @Size(max = 200) String milestone,
            @Schema(example = "2025-06-15") @NotNull LocalDate reachedOn) {
    }

    record GraduationRequest(
            @Schema(description = "孵化结果", example = "COMMERCIALISED") @NotNull GraduationOutcome outcome,
            @Schema(description = "出孵 date", example = "2025-12-20") @NotNull LocalDate graduatedOn,
            @Schema(example = "与县内企业签订转化协议") @Size(max = 2000) String note) {
    }
}
