package org.innovationledger.query.studio;

import com.mongodb.client.MongoDatabase;
import org.innovationledger.query.testsupport.ProjectionHarness;

/** The studio projections for tests of other read models that read studio views. */
public final class StudioProjectionFixture {

    private StudioProjectionFixture() {
    }

    public static ProjectionHarness studios(MongoDatabase database) {
        StudioViews views = new StudioViews(database);
        return new ProjectionHarness(new StudioProjection(views),
                                     new StudioAllianceProjection(views, new AllianceNames(database)));
    }
}
