package org.innovationledger.api.alliance;

/** Everything that can happen to a studio alliance (创新工作室联盟). */
public sealed interface AllianceEvent permits AllianceFounded, StudioJoinedAlliance, StudioLeftAlliance {

    String allianceId();
}
