package org.maillage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.client.ApiClient;
import org.maillage.client.ApiException;
import org.maillage.client.api.ActorsApi;
import org.maillage.client.api.AlliancesApi;
import org.maillage.client.api.ApiKeysApi;
import org.maillage.client.model.Actor;
import org.maillage.client.model.ActorInput;
import org.maillage.client.model.ActorKind;
import org.maillage.client.model.ActorPage;
import org.maillage.client.model.CreateApiKeyRequest;
import org.maillage.client.model.IssuedApiKey;
import org.maillage.client.model.Problem;

/**
 * A partner's integration written only against the client generated from the committed suite contract
 * (gateway/src/main/openapi/openapi.json, generated at build time), run against the packaged suite.
 */
@ExtendWith(SharedSuite.class)
class GeneratedClientTest {

    @Test
    void aPartnerIntegratesThroughTheGeneratedClient() throws Exception {
        IssuedApiKey issued = new ApiKeysApi(client(SharedSuite.suite().adminApiKey())).createApiKey(
                ApiKeysApi.APICreateApiKeyRequest.newBuilder().createApiKeyRequest(new CreateApiKeyRequest()
                        .name("CRM de La Ruche du Bugey").scopes(Set.of("actors:read", "actors:write"))).build());
        ActorsApi actors = new ActorsApi(client(issued.getSecret()));

        Actor registered = actors.registerActor(ActorsApi.APIRegisterActorRequest.newBuilder()
                .actorInput(new ActorInput().name("La Ruche du Bugey").kind(ActorKind.ASSOCIATION)).build());
        Actor read = actors.getActor(ActorsApi.APIGetActorRequest.newBuilder().id(registered.getId()).build());
        assertEquals("La Ruche du Bugey", read.getName());
        assertEquals(ActorKind.ASSOCIATION, read.getKind());

        ActorPage found = actors.listActors(ActorsApi.APIListActorsRequest.newBuilder().q("ruche bugey").build());
        assertTrue(found.getItems().stream().anyMatch(actor -> actor.getId().equals(registered.getId())),
                "the search finds the actor just registered");

        ApiException invalid = assertThrows(ApiException.class, () -> actors.registerActor(
                ActorsApi.APIRegisterActorRequest.newBuilder()
                        .actorInput(new ActorInput().name(" ").kind(ActorKind.ASSOCIATION)).build()));
        assertEquals(400, invalid.getCode());
        Problem problem = client(issued.getSecret()).getObjectMapper().readValue(invalid.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertNotNull(problem.getErrors());
        assertTrue(problem.getErrors().stream().anyMatch(error -> "name".equals(error.getField())),
                "the problem names the invalid field: " + problem);

        ApiException refused = assertThrows(ApiException.class, () -> new AlliancesApi(client(issued.getSecret()))
                .listAlliances(AlliancesApi.APIListAlliancesRequest.newBuilder().build()));
        assertEquals(403, refused.getCode(), "the key holds no alliances scope");
    }

    /** The generated client of the native library leaves credentials to the caller: one header on every call. */
    private static ApiClient client(String apiKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(SharedSuite.suite().gatewayUrl().toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("X-API-Key", apiKey));
        return client;
    }
}
