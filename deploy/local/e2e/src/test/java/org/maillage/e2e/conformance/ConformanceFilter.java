package org.maillage.e2e.conformance;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;

/**
 * Checks every answer an end-to-end test gets through RestAssured against the suite's contract, for
 * {@link ConformanceTest} to report on once every test has run.
 */
public final class ConformanceFilter implements Filter {

    private static ContractConformance conformance;

    /** The checks of this run, against the committed contract of the repository at this root. */
    public static synchronized ContractConformance conformance(Path repoRoot) {
        if (conformance == null) {
            conformance = new ContractConformance(repoRoot.resolve(Path.of("gateway", "src", "main", "openapi",
                    "openapi.json")));
        }
        return conformance;
    }

    private final ContractConformance checks;

    public ConformanceFilter(ContractConformance checks) {
        this.checks = checks;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        checks.check(request.getMethod(), rawPath(request.getURI()), answer.statusCode(), answer.contentType(),
                answer.asByteArray());
        return answer;
    }

    /** The path of a request URI as sent, without scheme, authority and query. */
    static String rawPath(String uri) {
        int authority = uri.indexOf("://");
        int path = authority < 0 ? 0 : uri.indexOf('/', authority + 3);
        if (path < 0) {
            return "/";
        }
        int query = uri.indexOf('?', path);
        return query < 0 ? uri.substring(path) : uri.substring(path, query);
    }
}
