// A front-end's use of the suite through the client generated from its contract: every request and answer
// is typed by generated/schema.d.ts, nothing about the API is declared by hand. Run against the gateway at
// MAILLAGE_GATEWAY_URL with the admin key MAILLAGE_ADMIN_API_KEY; exits non-zero on any unexpected answer.
import { randomBytes, randomUUID } from "node:crypto";
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "../generated/schema.js";

type Actor = components["schemas"]["Actor"];
type ActorInput = components["schemas"]["ActorInput"];
type Problem = components["schemas"]["Problem"];

class UnexpectedAnswer extends Error {}

function fail(message: string): never {
  throw new UnexpectedAnswer(message);
}

function check(condition: boolean, message: string): void {
  if (!condition) {
    fail(message);
  }
}

function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    fail(`${what} is missing`);
  }
  return value;
}

function step(done: string): void {
  console.log(`[ts-client] ${done}`);
}

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    fail(`set ${name}`);
  }
  return value;
}

/** What openapi-fetch answers: the typed body of a success or the typed body of an error. */
interface Answer<Data, Failure> {
  data?: Data;
  error?: Failure;
  response: Response;
}

function expectSuccess<Data, Failure>(answer: Answer<Data, Failure>, status: number, what: string): Data {
  if (answer.response.status !== status || answer.data === undefined) {
    fail(`${what}: expected ${status}, got ${answer.response.status} ${JSON.stringify(answer.error ?? answer.data)}`);
  }
  return answer.data;
}

function expectProblem<Data>(answer: Answer<Data, Problem>, status: number, what: string): Problem {
  const contentType = answer.response.headers.get("Content-Type") ?? "";
  if (answer.response.status !== status || answer.error === undefined) {
    fail(`${what}: expected a ${status} problem, got ${answer.response.status} ${JSON.stringify(answer.data ?? answer.error)}`);
  }
  check(contentType.startsWith("application/problem+json"), `${what}: problem served as ${contentType}`);
  const problem = answer.error;
  check(problem.status === status, `${what}: problem status ${problem.status} in a ${status} answer`);
  check(URL.canParse(present(problem.type, `${what}: problem type`)), `${what}: problem type ${problem.type} is not a URI`);
  check(present(problem.title, `${what}: problem title`).trim() !== "", `${what}: blank problem title`);
  return problem;
}

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

type ApiClient = Client<paths>;

function client(gatewayUrl: string, apiKey: string): ApiClient {
  return createClient<paths>({ baseUrl: gatewayUrl, headers: { "X-API-Key": apiKey } });
}

async function issueKey(issuer: ApiClient, request: components["schemas"]["CreateApiKeyRequest"]): Promise<string> {
  const issued = expectSuccess(await issuer.POST("/api/v1/admin/api-keys", { body: request }), 201, `create key ${request.name}`);
  step(`created API key ${present(issued.key?.id, "the issued key's id")} (${request.scopes.join(", ")}) for ${request.name}`);
  return present(issued.secret, "the issued key's secret");
}

async function run(): Promise<void> {
  // The suite's admin key has the gateway's default rate limit, which other callers share: this run issues its
  // own keys, one for the front end and an administrator's with a limit of its own.
  const gatewayUrl = setting("MAILLAGE_GATEWAY_URL").replace(/\/$/, "");
  const suiteAdmin = client(gatewayUrl, setting("MAILLAGE_ADMIN_API_KEY"));
  const admin = client(gatewayUrl, await issueKey(suiteAdmin, {
    name: "Front-end scenario administrator", scopes: ["admin"], requestsPerMinute: 1_000,
  }));
  const api = client(gatewayUrl, await issueKey(suiteAdmin, {
    name: "Front-end scenario", scopes: ["actors:read", "actors:write", "alliances:read"],
  }));

  // A word no other actor of the suite has, so that searches and pages hold only this run's actors.
  const marker = `tsfront${randomBytes(4).toString("hex")}`;
  const inputs: ActorInput[] = [
    { name: `Épicerie solidaire ${marker} d'Ambérieu-en-Bugey`, kind: "ASSOCIATION", themes: ["FOOD"] },
    { name: `Ressourcerie ${marker} du Bugey`, kind: "ASSOCIATION" },
    { name: `Fondation ${marker} pour l'Ain`, kind: "FOUNDATION" },
    { name: `Communauté de communes ${marker} de la Plaine de l'Ain`, kind: "LOCAL_AUTHORITY" },
    { name: `Atelier numérique ${marker}`, kind: "COMPANY" },
  ];
  const registered: Actor[] = [];
  for (const input of inputs) {
    const actor = expectSuccess(await api.POST("/api/v1/actors", { body: input }), 201, `register ${input.name}`);
    check(actor.name === input.name && actor.kind === input.kind, `registered ${JSON.stringify(actor)} for ${input.name}`);
    registered.push(actor);
  }
  const ids = registered.map((actor) => present(actor.id, "a registered actor's id"));
  step(`registered ${registered.length} actors named with ${marker}`);

  const [epicerie, , , , atelier] = ids;
  const epicerieId = present(epicerie, "the first actor");
  const reading = await api.GET("/api/v1/actors/{id}", { params: { path: { id: epicerieId } } });
  const read = expectSuccess(reading, 200, "read an actor");
  check(read.name === inputs[0]?.name, `read back ${read.name}`);
  const etag = present(reading.response.headers.get("ETag"), "the actor's ETag");
  step(`read ${read.name} (${read.world ?? "no world"}, ETag ${etag})`);

  // A replacement based on the version read: the ETag goes back as If-Match, and a stale one is refused.
  // Only the administrator and the organisation's own keys change an actor.
  const description = "Épicerie solidaire et ateliers cuisine pour les familles du Bugey";
  const replacement = { ...present(inputs[0], "the first actor's input"), description } satisfies ActorInput;
  const replaced = expectSuccess(await admin.PUT("/api/v1/actors/{id}", {
    params: { path: { id: epicerieId }, header: { "If-Match": etag } },
    body: replacement,
  }), 200, "describe an actor");
  check(replaced.description === description && replaced.version !== read.version,
    `replaced with ${JSON.stringify(replaced)}`);
  step(`described ${replaced.name} with If-Match ${etag}: version ${read.version} became ${replaced.version}`);

  const stale = expectProblem(await admin.PUT("/api/v1/actors/{id}", {
    params: { path: { id: epicerieId }, header: { "If-Match": etag } },
    body: replacement,
  }), 412, "replace an actor with a stale ETag");
  step(`stale If-Match: ${stale.status} ${stale.title}`);

  const unaccented = expectSuccess(await api.GET("/api/v1/actors", {
    params: { query: { q: `${marker} epicerie amberieu` } },
  }), 200, "search without accents");
  const unaccentedIds = present(unaccented.items, "the search's items").map((actor) => actor.id);
  check(unaccentedIds.length === 1 && unaccentedIds[0] === epicerie,
    `"epicerie amberieu" should find only the Épicerie, found ${JSON.stringify(unaccentedIds)}`);
  step(`searched "epicerie amberieu": found Épicerie solidaire d'Ambérieu-en-Bugey`);

  const accented = expectSuccess(await api.GET("/api/v1/actors", {
    params: { query: { q: `NUMÉRIQUE ${marker}` } },
  }), 200, "search with accents");
  const accentedIds = present(accented.items, "the search's items").map((actor) => actor.id);
  check(accentedIds.length === 1 && accentedIds[0] === atelier,
    `"NUMÉRIQUE" should find only the Atelier numérique, found ${JSON.stringify(accentedIds)}`);
  step(`searched "NUMÉRIQUE": found Atelier numérique`);

  const pageSize = 2;
  const listed: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = expectSuccess(await api.GET("/api/v1/actors", {
      params: { query: { q: marker, limit: pageSize, cursor } },
    }), 200, `list page ${pages + 1}`);
    const items = present(page.items, `page ${pages + 1}'s items`);
    check(items.length <= pageSize, `page ${pages + 1} holds ${items.length} actors, more than the limit`);
    listed.push(...items.map((actor) => present(actor.id, "a listed actor's id")));
    pages++;
    // The last page has no next cursor: absent, or null should the contract make it nullable.
    cursor = page.nextCursor ?? undefined;
    check(pages <= ids.length, `still a next cursor after ${pages} pages`);
  } while (cursor !== undefined);
  check(listed.length === ids.length && new Set(listed).size === ids.length && ids.every((id) => listed.includes(id)),
    `pages listed ${JSON.stringify(listed)}, registered ${JSON.stringify(ids)}`);
  step(`paged through ${listed.length} actors, ${pageSize} a page: ${pages} pages, the last without a next cursor`);

  const [lead, partner] = ids;
  const proposal = {
    name: `Alliance ${marker} pour l'alimentation du Bugey`,
    purpose: "Fewer families without fresh food on the territory",
    type: "SOCIETAL_INNOVATION",
    members: [
      { actorId: present(lead, "the lead"), role: "LEAD" },
      { actorId: present(partner, "the partner"), role: "PARTNER" },
    ],
  } satisfies components["schemas"]["ProposeAllianceRequest"];
  // A key acting for no organisation may not propose an alliance (a partner's key would invite the other
  // members): the administrator proposes it. The alliances service learns new actors from their events:
  // until then it answers 422 naming them.
  const deadline = Date.now() + 60_000;
  let proposed = await admin.POST("/api/v1/alliances", { body: proposal });
  while (proposed.response.status === 422 && Date.now() < deadline) {
    await sleep(1_000);
    proposed = await admin.POST("/api/v1/alliances", { body: proposal });
  }
  const alliance = expectSuccess(proposed, 201, "propose an alliance");
  const allianceId = present(alliance.id, "the alliance's id");
  check(alliance.members?.length === 2, `the alliance has members ${JSON.stringify(alliance.members)}`);
  step(`proposed alliance ${allianceId} with 2 members, in state ${alliance.state}`);

  const status = expectSuccess(await admin.GET("/api/v1/alliances/{id}/status", {
    params: { path: { id: allianceId } },
  }), 200, "read the alliance's status");
  check(status.allianceId === allianceId, `status of ${status.allianceId}, asked for ${allianceId}`);
  check(status.state === alliance.state, `status in state ${status.state}, the alliance in ${alliance.state}`);
  const transitions = present(status.transitions, "the status's transitions");
  check(transitions.length > 0, "no transition from a new alliance");
  const next = transitions.map((option) => `${option.to}${option.allowed ? "" : " (blocked)"}`).join(", ");
  step(`status: ${status.state} for ${status.daysInState} days, next: ${next}`);

  const unknownAlliance = randomUUID();
  const notFound = expectProblem(await api.GET("/api/v1/alliances/{id}/status", {
    params: { path: { id: unknownAlliance } },
  }), 404, "status of an unknown alliance");
  step(`unknown alliance: ${notFound.status} ${notFound.title} (${notFound.type})`);

  const invalid = expectProblem(await api.POST("/api/v1/actors", {
    body: { name: " ", kind: "ASSOCIATION" },
  }), 400, "register an actor with a blank name");
  const fieldErrors = present(invalid.errors, "the problem's field errors");
  const nameError = fieldErrors.find((error) => error.field === "name");
  check(nameError !== undefined, `no error on the name in ${JSON.stringify(fieldErrors)}`);
  step(`blank name: ${invalid.status} ${invalid.title}, name: ${nameError?.message}`);
}

try {
  await run();
  step("scenario passed");
} catch (error) {
  console.error(`[ts-client] FAILED: ${error instanceof UnexpectedAnswer ? error.message : String(error)}`);
  process.exitCode = 1;
}
