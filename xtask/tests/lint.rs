//! The spec lint: each broken spec in `tests/lint_fixtures/` has exactly one defect, and the
//! lint names it (each place it occurs) with the right rule, JSON pointer, line and message; the
//! real specs and the fixtures' valid base pass clean.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::lint::{self, Problem, Rule};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint_fixtures")
}

fn lint_fixture(name: &str) -> Vec<Problem> {
    let path = fixtures().join(format!("{name}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    lint::lint_text(&format!("{name}.yaml"), &text)
}

/// (fixture, rule, pointer, line, a part of the message); a fixture whose defect is in more
/// than one place has one row per problem, in the lint's order (by line).
const CASES: &[(&str, Rule, &str, usize, &str)] = &[
    (
        "yaml_syntax",
        Rule::Yaml,
        "",
        6,
        "not YAML: did not find expected ',' or ']'",
    ),
    (
        "openapi_version",
        Rule::OpenApi,
        "/openapi",
        3,
        "openapi version \"3.1.0\" is not 3.0.x",
    ),
    (
        "openapi_structure",
        Rule::OpenApi,
        "/paths/~1v1~1{project_id}~1logs~1links/post/responses/200",
        63,
        "response \"200\" has no `description`, which OpenAPI requires",
    ),
    (
        "openapi_type",
        Rule::OpenApi,
        "/paths/~1v1~1{project_id}~1logs~1links/post/deprecated",
        50,
        "`deprecated` of an operation must be a boolean, not a string (\"maybe\")",
    ),
    (
        "openapi_parameter_location",
        Rule::OpenApi,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1/in",
        19,
        "parameter location \"querystring\" is not one of query, header, path, cookie",
    ),
    (
        "openapi_model",
        Rule::OpenApi,
        "/servers/0",
        9,
        "not a valid OpenAPI 3.0 document: servers[0]: missing field `url`",
    ),
    (
        "unknown_field",
        Rule::OpenApi,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1/exmple",
        24,
        "unknown field \"exmple\" in a parameter (did you mean \"example\"?)",
    ),
    (
        "operation_id_missing",
        Rule::OperationId,
        "/paths/~1v1~1{project_id}~1logs~1links/post",
        47,
        "operation POST /v1/{project_id}/logs/links has no operationId",
    ),
    (
        "operation_id_case",
        Rule::OperationId,
        "/paths/~1v1~1{project_id}~1logs/get/operationId",
        13,
        "operationId \"ListLogs\" is not snake_case (try \"list_logs\")",
    ),
    (
        "operation_id_duplicate",
        Rule::OperationId,
        "/paths/~1v1~1{project_id}~1logs~1links/post/operationId",
        48,
        "operationId \"list_logs\" is already used by /paths/~1v1~1{project_id}~1logs/get",
    ),
    (
        "path_parameter_undeclared",
        Rule::PathParameters,
        "/paths/~1v1~1{project_id}~1{region}~1logs/get",
        12,
        "path template parameter \"region\" is not declared as a path parameter",
    ),
    (
        "path_parameter_not_in_template",
        Rule::PathParameters,
        "/paths/~1v1~1{project_id}~1logs~1links/post/parameters/1",
        53,
        "path parameter \"log_id\" does not appear in the path template /v1/{project_id}/logs/links",
    ),
    (
        "dangling_ref",
        Rule::Ref,
        "/paths/~1v1~1{project_id}~1logs~1links/post/parameters/1/$ref",
        53,
        "$ref \"#/components/parameters/XLanguage\" does not resolve",
    ),
    (
        "external_ref",
        Rule::Ref,
        "/paths/~1v1~1{project_id}~1logs~1links/post/parameters/1/$ref",
        53,
        "$ref \"common.yaml#/components/parameters/XLanguage\" is not local",
    ),
    (
        "ref_siblings",
        Rule::RefSiblings,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1/schema/default",
        24,
        "`default` beside `$ref: '#/components/schemas/Limit'` is ignored by OpenAPI 3.0; put it in \
         the referenced schema, or wrap the reference as \
         `allOf: [{$ref: '#/components/schemas/Limit'}]` with `default` beside `allOf`",
    ),
    (
        "ref_siblings",
        Rule::RefSiblings,
        "/components/schemas/Log/properties/size/description",
        150,
        "`description` beside `$ref: '#/components/schemas/Size'` is ignored by OpenAPI 3.0; put it \
         in the referenced schema, or wrap the reference as \
         `allOf: [{$ref: '#/components/schemas/Size'}]` with `description` beside `allOf`",
    ),
    (
        "unused_component",
        Rule::UnusedComponent,
        "/components/schemas/Orphan",
        156,
        "component \"Orphan\" (schemas) is never referenced",
    ),
    (
        "operation_summary_missing",
        Rule::Docs,
        "/paths/~1v1~1{project_id}~1logs/get",
        12,
        "operation \"list_logs\" has no summary",
    ),
    (
        "operation_description_missing",
        Rule::Docs,
        "/paths/~1v1~1{project_id}~1logs~1links/post",
        47,
        "operation \"list_log_links\" has no description",
    ),
    (
        "schema_description_missing",
        Rule::Docs,
        "/components/schemas/Limit",
        98,
        "schema \"Limit\" has no description",
    ),
    (
        "example_header",
        Rule::Example,
        "/paths/~1v1~1{project_id}~1logs~1links/post/responses/200/headers/X-Request-Id/example",
        71,
        "example does not match its schema: \"short\" is shorter than 32 characters",
    ),
    (
        "parameter_description_missing",
        Rule::Docs,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1",
        18,
        "parameter \"limit\" has no description",
    ),
    (
        "property_description_missing",
        Rule::Docs,
        "/components/schemas/Log/properties/id",
        144,
        "property \"id\" has no description",
    ),
    (
        "error_response_schema",
        Rule::ErrorResponse,
        "/paths/~1v1~1{project_id}~1logs/get/responses/5XX/content/text~1plain/schema",
        48,
        "error response 5XX does not use the shared error schema #/components/schemas/ErrorResponse",
    ),
    (
        "error_response_missing",
        Rule::ErrorResponse,
        "/paths/~1v1~1{project_id}~1logs~1links/post/responses",
        62,
        "operation \"list_log_links\" declares no 5XX error response",
    ),
    (
        "example_parameter",
        Rule::Example,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1/example",
        24,
        "example does not match its schema: 500 is greater than the maximum of 100",
    ),
    (
        "example_request_body",
        Rule::Example,
        "/paths/~1v1~1{project_id}~1logs~1links/post/requestBody/content/application~1json/example/ids",
        61,
        "example does not match its schema: the value has less than 1 item",
    ),
    (
        "example_response",
        Rule::Example,
        "/paths/~1v1~1{project_id}~1logs/get/responses/200/content/application~1json/examples/one/value/logs/0/size",
        38,
        "example does not match its schema: -1 is not valid under any of the schemas listed in the 'oneOf' keyword",
    ),
    (
        "default_out_of_bounds",
        Rule::Default,
        "/components/schemas/Limit/default",
        104,
        "default 0 is not valid for its schema: 0 is less than the minimum of 1",
    ),
    (
        "inverted_bounds",
        Rule::Bounds,
        "/components/schemas/ErrorResponse/properties/error_msg/minLength",
        166,
        "minLength 10 is above maxLength 5",
    ),
    (
        "pattern_invalid",
        Rule::Pattern,
        "/components/parameters/ProjectId/schema/pattern",
        88,
        "pattern \"^[a-z0-9{4,32}$\" does not compile as an ECMA-262 regex",
    ),
    (
        "ids_max_items",
        Rule::IdsMaxItems,
        "/components/schemas/LogIds",
        105,
        "array of ids \"LogIds\" has no maxItems",
    ),
    (
        "query_bounds",
        Rule::QueryBounds,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1",
        18,
        "integer query parameter \"limit\" has no maximum",
    ),
    (
        "rust_field_collision",
        Rule::RustNames,
        "/components/schemas/ErrorResponse/properties/errorCode",
        163,
        "properties \"error_code\" and \"errorCode\" both become the Rust field `error_code`",
    ),
];

#[test]
fn each_broken_spec_has_exactly_its_problems() {
    let mut failures = Vec::new();
    let mut names: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        let expected: Vec<_> = CASES.iter().filter(|c| c.0 == name).collect();
        let problems = lint_fixture(name);
        if problems.len() != expected.len() {
            failures.push(format!(
                "{name}: expected {} problem(s), got {}:\n  {}",
                expected.len(),
                problems.len(),
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ));
            continue;
        }
        for ((_, rule, pointer, line, message), problem) in expected.into_iter().zip(&problems) {
            let ok = problem.rule == *rule
                && problem.pointer == *pointer
                && problem.line == Some(*line)
                && problem.message.contains(message);
            if !ok {
                failures.push(format!(
                    "{name}: expected [{}] line {line} {pointer}: ...{message}...\n  got [{}] {problem}",
                    rule.name(),
                    problem.rule.name()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_is_a_case_and_every_rule_is_covered() {
    let mut files: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .filter(|n| n != "valid")
        .collect();
    files.sort();
    let mut cases: Vec<String> = CASES.iter().map(|c| c.0.to_owned()).collect();
    cases.sort();
    cases.dedup();
    assert_eq!(files, cases, "one case per fixture file");
    let rules = [
        Rule::Yaml,
        Rule::OpenApi,
        Rule::OperationId,
        Rule::PathParameters,
        Rule::Ref,
        Rule::RefSiblings,
        Rule::UnusedComponent,
        Rule::Docs,
        Rule::ErrorResponse,
        Rule::Example,
        Rule::Default,
        Rule::Bounds,
        Rule::Pattern,
        Rule::IdsMaxItems,
        Rule::QueryBounds,
        Rule::RustNames,
    ];
    for rule in rules {
        assert!(
            CASES.iter().any(|c| c.1 == rule),
            "no fixture breaks rule {}",
            rule.name()
        );
    }
}

#[test]
fn the_fixtures_base_is_clean() {
    let problems = lint_fixture("valid");
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_real_specs_pass() {
    let report = lint::run(&xtask::locate_workspace().unwrap()).unwrap();
    assert_eq!(
        report.specs,
        ["specs/dds.yaml", "specs/rds.yaml", "specs/taurusdb.yaml"]
    );
    assert!(
        report.problems.is_empty(),
        "{}",
        report
            .problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn a_problem_reads_file_line_pointer_message() {
    let problems = lint_fixture("operation_id_case");
    assert_eq!(
        problems[0].to_string(),
        "operation_id_case.yaml:13: /paths/~1v1~1{project_id}~1logs/get/operationId: \
         operationId \"ListLogs\" is not snake_case (try \"list_logs\")"
    );
}

#[test]
fn a_oneof_mismatch_points_where_the_closest_variant_fails() {
    // A `true` expiry deep in the download answer: the answer's oneOf of three shapes fails
    // as a whole, but the message points at the field.
    let root = xtask::locate_workspace().unwrap();
    let text = std::fs::read_to_string(root.join("specs/taurusdb.yaml")).unwrap();
    let text = text.replacen("expire_time: 1774526400000", "expire_time: true", 1);
    let problems = lint::lint_text("specs/taurusdb.yaml", &text);
    let [problem] = problems.as_slice() else {
        panic!("{problems:#?}")
    };
    assert_eq!(problem.rule, Rule::Example);
    assert!(
        problem
            .pointer
            .ends_with("/examples/sdk_3_1_212_integer_expiry/value/download_files/0/expire_time"),
        "{problem}"
    );
    assert!(
        problem
            .message
            .contains("(where the closest variant of the oneOf at / fails)"),
        "{problem}"
    );
}

#[test]
fn x_normalized_is_not_validated() {
    // The normalized view is not the wire: a shape the schema would refuse is fine there.
    let text = std::fs::read_to_string(fixtures().join("valid.yaml")).unwrap();
    let text = text.replacen("size_bytes: 1024", "size_bytes: not-a-number", 1);
    assert!(lint::lint_text("valid.yaml", &text).is_empty());
}

#[test]
fn each_ref_sibling_is_reported_once_by_its_own_rule() {
    let text = std::fs::read_to_string(fixtures().join("valid.yaml")).unwrap();
    // Keywords beside a schema `$ref` that other rules would check if they were not ignored: a
    // bad pattern, inverted bounds, properties without descriptions whose Rust names collide.
    let text = text.replacen(
        "          $ref: '#/components/schemas/LogIds'\n",
        "          $ref: '#/components/schemas/LogIds'\n          pattern: '[bad'\n          \
         minItems: 9\n          maxItems: 2\n          properties:\n            Foo: {type: string}\n            \
         foo: {type: string}\n",
        1,
    );
    // Beside a parameter reference, an extension.
    let text = text.replacen(
        "        - $ref: '#/components/parameters/ProjectId'\n      requestBody:",
        "        - $ref: '#/components/parameters/ProjectId'\n          x-note: ignored\n      requestBody:",
        1,
    );
    // A `$ref` where no reference may be (a media type): an unknown field, not a reference
    // whose siblings are ignored.
    let text = text.replacen(
        "            schema:\n              $ref: '#/components/schemas/LinkRequest'\n",
        "            $ref: '#/components/schemas/LinkRequest'\n            schema:\n              \
         $ref: '#/components/schemas/LinkRequest'\n",
        1,
    );
    let problems = lint::lint_text("valid.yaml", &text);
    let got: Vec<(Rule, &str)> = problems
        .iter()
        .map(|p| (p.rule, p.pointer.as_str()))
        .collect();
    let media = "/paths/~1v1~1{project_id}~1logs~1links/post/requestBody/content/application~1json";
    let ids = "/components/schemas/LinkRequest/properties/ids";
    assert_eq!(
        got,
        [
            (
                Rule::RefSiblings,
                "/paths/~1v1~1{project_id}~1logs~1links/post/parameters/0/x-note"
            ),
            (Rule::OpenApi, &format!("{media}/$ref")),
            (Rule::RefSiblings, &format!("{ids}/pattern")),
            (Rule::RefSiblings, &format!("{ids}/minItems")),
            (Rule::RefSiblings, &format!("{ids}/maxItems")),
            (Rule::RefSiblings, &format!("{ids}/properties")),
        ],
        "{problems:#?}"
    );
    assert!(
        problems[0].message.ends_with(
            "`x-note` beside `$ref: '#/components/parameters/ProjectId'` is ignored by OpenAPI \
             3.0; put it in the referenced parameter, or write the parameter inline instead of the \
             reference"
        ),
        "{}",
        problems[0]
    );
}

#[test]
fn the_command_fails_on_a_broken_spec_and_passes_on_the_real_ones() {
    let xtask = env!("CARGO_BIN_EXE_xtask");
    let root = xtask::locate_workspace().unwrap();

    let ok = Command::new(xtask)
        .arg("lint")
        .current_dir(&root)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    let broken = fixtures().join("operation_id_case.yaml");
    let out = Command::new(xtask)
        .arg("lint")
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first = stderr.lines().next().unwrap_or_default();
    assert!(
        first.ends_with(
            "operation_id_case.yaml:13: /paths/~1v1~1{project_id}~1logs/get/operationId: \
             operationId \"ListLogs\" is not snake_case (try \"list_logs\")"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("1 problem in 1 of 1 specs"), "{stderr}");
}
