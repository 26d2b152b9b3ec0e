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
        114,
        "response \"200\" has no `description`, which OpenAPI requires",
    ),
    (
        "openapi_type",
        Rule::OpenApi,
        "/paths/~1v1~1{project_id}~1logs~1links/post/deprecated",
        101,
        "`deprecated` of an operation must be a boolean, not a string (\"maybe\")",
    ),
    (
        "openapi_parameter_location",
        Rule::OpenApi,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1/in",
        38,
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
        43,
        "unknown field \"exmple\" in a parameter (did you mean \"example\"?)",
    ),
    (
        "operation_id_missing",
        Rule::OperationId,
        "/paths/~1v1~1{project_id}~1logs~1links/post",
        98,
        "operation POST /v1/{project_id}/logs/links has no operationId",
    ),
    (
        "operation_id_case",
        Rule::OperationId,
        "/paths/~1v1~1{project_id}~1logs/get/operationId",
        32,
        "operationId \"ListLogs\" is not snake_case (try \"list_logs\")",
    ),
    (
        "operation_id_duplicate",
        Rule::OperationId,
        "/paths/~1v1~1{project_id}~1logs~1links/post/operationId",
        99,
        "operationId \"list_logs\" is already used by /paths/~1v1~1{project_id}~1logs/get",
    ),
    (
        "path_parameter_undeclared",
        Rule::PathParameters,
        "/paths/~1v1~1{project_id}~1{region}~1logs/get",
        31,
        "path template parameter \"region\" is not declared as a path parameter",
    ),
    (
        "path_parameter_not_in_template",
        Rule::PathParameters,
        "/paths/~1v1~1{project_id}~1logs~1links/post/parameters/1",
        104,
        "path parameter \"log_id\" does not appear in the path template /v1/{project_id}/logs/links",
    ),
    (
        "dangling_ref",
        Rule::Ref,
        "/paths/~1v1~1{project_id}~1logs~1links/post/parameters/1/$ref",
        104,
        "$ref \"#/components/parameters/XLanguage\" does not resolve",
    ),
    (
        "external_ref",
        Rule::Ref,
        "/paths/~1v1~1{project_id}~1logs~1links/post/parameters/1/$ref",
        104,
        "$ref \"common.yaml#/components/parameters/XLanguage\" is not local",
    ),
    (
        "ref_siblings",
        Rule::RefSiblings,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1/schema/default",
        43,
        "`default` beside `$ref: '#/components/schemas/Limit'` is ignored by OpenAPI 3.0; put it in \
         the referenced schema, or wrap the reference as \
         `allOf: [{$ref: '#/components/schemas/Limit'}]` with `default` beside `allOf`",
    ),
    (
        "ref_siblings",
        Rule::RefSiblings,
        "/components/schemas/Log/properties/size/description",
        239,
        "`description` beside `$ref: '#/components/schemas/Size'` is ignored by OpenAPI 3.0; put it \
         in the referenced schema, or wrap the reference as \
         `allOf: [{$ref: '#/components/schemas/Size'}]` with `description` beside `allOf`",
    ),
    (
        "unused_component",
        Rule::UnusedComponent,
        "/components/schemas/Orphan",
        255,
        "component \"Orphan\" (schemas) is never referenced",
    ),
    (
        "operation_summary_missing",
        Rule::Docs,
        "/paths/~1v1~1{project_id}~1logs/get",
        31,
        "operation \"list_logs\" has no summary",
    ),
    (
        "operation_description_missing",
        Rule::Docs,
        "/paths/~1v1~1{project_id}~1logs~1links/post",
        98,
        "operation \"list_log_links\" has no description",
    ),
    (
        "schema_description_missing",
        Rule::Docs,
        "/components/schemas/Limit",
        155,
        "schema \"Limit\" has no description",
    ),
    (
        "example_header",
        Rule::Example,
        "/paths/~1v1~1{project_id}~1logs~1links/post/responses/200/headers/X-Request-Id/example",
        122,
        "example does not match its schema: \"short\" is shorter than 32 characters",
    ),
    (
        "parameter_description_missing",
        Rule::Docs,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1",
        37,
        "parameter \"limit\" has no description",
    ),
    (
        "property_description_missing",
        Rule::Docs,
        "/components/schemas/Log/properties/id",
        230,
        "property \"id\" has no description",
    ),
    (
        "error_response_schema",
        Rule::ErrorResponse,
        "/paths/~1v1~1{project_id}~1logs/get/responses/5XX/content/text~1plain/schema",
        85,
        "error response 5XX does not use the shared error schema #/components/schemas/ErrorResponse",
    ),
    (
        "error_response_missing",
        Rule::ErrorResponse,
        "/paths/~1v1~1{project_id}~1logs~1links/post/responses",
        113,
        "operation \"list_log_links\" declares no 5XX error response",
    ),
    (
        "example_parameter",
        Rule::Example,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1/example",
        43,
        "example does not match its schema: 500 is greater than the maximum of 100",
    ),
    (
        "example_request_body",
        Rule::Example,
        "/paths/~1v1~1{project_id}~1logs~1links/post/requestBody/content/application~1json/example/ids",
        112,
        "example does not match its schema: the value has less than 1 item",
    ),
    (
        "example_response",
        Rule::Example,
        "/paths/~1v1~1{project_id}~1logs/get/responses/200/content/application~1json/examples/one/value/logs/0/size",
        75,
        "example does not match its schema: -1 is not valid under any of the schemas listed in the 'oneOf' keyword",
    ),
    (
        "default_out_of_bounds",
        Rule::Default,
        "/components/schemas/Limit/default",
        161,
        "default 0 is not valid for its schema: 0 is less than the minimum of 1",
    ),
    (
        "inverted_bounds",
        Rule::Bounds,
        "/components/schemas/ErrorResponse/properties/error_msg/minLength",
        265,
        "minLength 10 is above maxLength 5",
    ),
    (
        "pattern_invalid",
        Rule::Pattern,
        "/components/parameters/ProjectId/schema/pattern",
        145,
        "pattern \"^[a-z0-9{4,32}$\" does not compile as an ECMA-262 regex",
    ),
    (
        "ids_max_items",
        Rule::IdsMaxItems,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/5/schema",
        66,
        "array of ids \"node_ids\" has no maxItems",
    ),
    (
        "query_bounds",
        Rule::QueryBounds,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/2",
        44,
        "integer query parameter \"offset\" has no maximum",
    ),
    (
        "rust_field_collision",
        Rule::RustNames,
        "/components/schemas/ErrorResponse/properties/errorCode",
        262,
        "properties \"error_code\" and \"errorCode\" both become the Rust field `error_code`",
    ),
    (
        "x_service_missing_key",
        Rule::XService,
        "/x-service",
        23,
        "x-service has no `env-names`: the {SERVICE} parts of \
         HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION}, in order of priority",
    ),
    (
        "x_service_region_enum",
        Rule::XService,
        "/servers/1/variables/region",
        19,
        "the `region` variable of server \"https://logs.{region}.example.eu\" has no `enum`: \
         list the regions it serves",
    ),
    (
        "x_service_default_log_kind_missing",
        Rule::XService,
        "/x-service",
        23,
        "x-service has no `default-log-kind`: the kind of log archived when none is asked for, \
         one of the service's: audit, slow",
    ),
    (
        "x_service_default_log_kind_unknown",
        Rule::XService,
        "/x-service/default-log-kind",
        26,
        "x-service.default-log-kind \"ddl\" is not one of the service's log kinds: audit, slow",
    ),
    (
        "x_service_default_log_kind_without_logs",
        Rule::XService,
        "/x-service/default-log-kind",
        26,
        "x-service.default-log-kind \"audit\", but the service has no log kinds (no x-log beside \
         x-paging, no x-log-export): remove it",
    ),
    (
        "x_paging_unknown_key",
        Rule::XPaging,
        "/paths/~1v1~1{project_id}~1logs/get/x-paging/totals",
        88,
        "unknown field \"totals\" in x-paging (did you mean \"total\"?)",
    ),
    (
        "x_paging_limit_maximum",
        Rule::QueryBounds,
        "/paths/~1v1~1{project_id}~1logs/get/parameters/1",
        37,
        "integer query parameter \"limit\" has no maximum",
    ),
    (
        "x_paging_limit_maximum",
        Rule::XPaging,
        "/paths/~1v1~1{project_id}~1logs/get/x-paging/limit",
        86,
        "x-paging.limit \"limit\" has no `maximum` (Limit): the page size is the limit's maximum",
    ),
    (
        "x_window_split_days",
        Rule::XWindow,
        "/paths/~1v1~1{project_id}~1logs/get/x-window/split-days",
        94,
        "x-window.split-days 60 is more than max-days 30",
    ),
    (
        "x_log_without_log_file",
        Rule::XLog,
        "/paths/~1v1~1{project_id}~1logs/get/x-log/kind",
        96,
        "x-log.kind \"audit\" makes this a log listing, but its records' schema Log has no \
         x-log-file",
    ),
    (
        "x_batch_ids_max_items",
        Rule::XBatch,
        "/paths/~1v1~1{project_id}~1logs~1links/post/x-batch/ids",
        126,
        "x-batch.ids \"ids\" has no `maxItems` (LogIds): the batch size is its maxItems",
    ),
    (
        "x_batch_ids_max_items",
        Rule::IdsMaxItems,
        "/components/schemas/LogIds",
        174,
        "array of ids \"LogIds\" has no maxItems",
    ),
    (
        "x_time_unknown",
        Rule::XTime,
        "/components/schemas/Time/x-time",
        173,
        "x-time \"iso\" is not a known time format; the only one is `audit` \
         (yyyy-mm-ddThh:mm:ss+hhmm)",
    ),
    (
        "x_log_link_url_missing",
        Rule::XLogLink,
        "/components/schemas/Link/x-log-link",
        209,
        "x-log-link has no `url`: the property with the download URL",
    ),
    (
        "x_log_file_dangling",
        Rule::XLogFile,
        "/components/schemas/Log/x-log-file/size",
        245,
        "x-log-file.size \"file_size\" is not a property of this schema (its properties: id, \
         name, size, status)",
    ),
    (
        "x_log_file_pending_inactive",
        Rule::XLogFile,
        "/components/schemas/ExportFile/x-log-file/pending/1",
        449,
        "x-log-file.pending \"FAILED\" is also in `inactive`: a status means unavailable \
         (inactive) or not ready yet (pending), not both",
    ),
    (
        "x_log_export_records",
        Rule::XLogExport,
        "/paths/~1v1~1{project_id}~1instances~1{instance_id}~1{node_id}~1slow-logs/post/x-log-export/items",
        222,
        "x-log-export.items \"files\": the records' schema ExportFile has no x-log-link; an \
         export's records are its files (x-log-file) and their links (x-log-link)",
    ),
    (
        "x_log_export_pending_without_status",
        Rule::XLogExport,
        "/paths/~1v1~1{project_id}~1instances~1{instance_id}~1{node_id}~1slow-logs/post/x-log-export/pending",
        222,
        "x-log-export.pending lists status values, but x-log-export has no `status`: name the \
         200 response's status property",
    ),
    (
        "x_log_export_parameter",
        Rule::XLogExport,
        "/paths/~1v1~1{project_id}~1instances~1{instance_id}~1{node_id}~1slow-logs/post/x-log-export",
        228,
        "x-log-export: the operation takes the required query parameter \"since\", which the log \
         API cannot give: it calls the operation with instance_id and node_id only",
    ),
    (
        "x_instances_without_paging",
        Rule::XInstances,
        "/paths/~1v1~1{project_id}~1instances/get/x-instances",
        160,
        "x-instances belongs beside x-paging: the instances are the records of the paged listing",
    ),
    (
        "x_instances_detail_dangling",
        Rule::XInstances,
        "/paths/~1v1~1{project_id}~1instances/get/x-instances/detail",
        161,
        "x-instances.detail \"show_instances\" is not an operationId of this spec (the \
         operations with x-instance-detail: show_instance)",
    ),
    (
        "x_instances_detail_dangling",
        Rule::XInstances,
        "/paths/~1v1~1{project_id}~1instances~1{instance_id}/get/x-instance-detail",
        181,
        "x-instance-detail: no x-instances.detail names this operation (\"show_instance\"), so \
         nothing uses it",
    ),
    (
        "x_instance_detail_nodes_path",
        Rule::XInstances,
        "/paths/~1v1~1{project_id}~1instances~1{instance_id}/get/x-instance-detail/nodes",
        181,
        "x-instance-detail.nodes \"instance.node.id\": \"node\" is not a property of Instance, \
         what \"instance\" holds (its properties: id, name, nodes)",
    ),
    (
        "x_log_policy_keep_days",
        Rule::XLogPolicy,
        "/paths/~1v1~1{project_id}~1instances~1{instance_id}~1log-policy/get/x-log-policy/keep-days",
        201,
        "x-log-policy.keep-days \"keepdays\" is not a property of the 200 response's schema \
         LogPolicy (its properties: keep_days)",
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
        Rule::XService,
        Rule::XPaging,
        Rule::XWindow,
        Rule::XBatch,
        Rule::XLog,
        Rule::XLogExport,
        Rule::XInstances,
        Rule::XLogPolicy,
        Rule::XLogFile,
        Rule::XLogLink,
        Rule::XTime,
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
        [
            "specs/dds.yaml",
            "specs/iam.yaml",
            "specs/rds.yaml",
            "specs/taurusdb.yaml"
        ]
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
        "operation_id_case.yaml:32: /paths/~1v1~1{project_id}~1logs/get/operationId: \
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

/// `valid.yaml` with each `(old, new)` replaced (each `old` is there once), linted.
fn lint_valid_with(edits: &[(&str, &str)]) -> Vec<Problem> {
    let mut text = std::fs::read_to_string(fixtures().join("valid.yaml")).unwrap();
    for (old, new) in edits {
        assert_eq!(
            text.matches(old).count(),
            1,
            "not once in valid.yaml: {old}"
        );
        text = text.replacen(old, new, 1);
    }
    lint::lint_text("valid.yaml", &text)
}

const LIST: &str = "/paths/~1v1~1{project_id}~1logs/get";
const LINKS: &str = "/paths/~1v1~1{project_id}~1logs~1links/post";
const INSTANCES: &str = "/paths/~1v1~1{project_id}~1instances/get";
const DETAIL: &str = "/paths/~1v1~1{project_id}~1instances~1{instance_id}/get";
const POLICY: &str = "/paths/~1v1~1{project_id}~1instances~1{instance_id}~1log-policy/get";
const EXPORT: &str =
    "/paths/~1v1~1{project_id}~1instances~1{instance_id}~1{node_id}~1slow-logs/post";

/// The operations of `valid.yaml`, as `{list}`, `{links}`, ... in the pointers of
/// [`EXTENSION_CASES`].
const OPERATIONS: &[(&str, &str)] = &[
    ("{list}", LIST),
    ("{links}", LINKS),
    ("{instances}", INSTANCES),
    ("{detail}", DETAIL),
    ("{policy}", POLICY),
    ("{export}", EXPORT),
];

/// The x-log-export of `valid.yaml`.
const EXPORT_EXT: &str =
    "{kind: slow, call: slow_log_export, items: files, status: status, pending: [CREATING]}";

/// Mistakes in the extensions beyond the fixtures': (what, the edits of `valid.yaml`, the
/// problems: rule, pointer, a part of the message). `{list}`, `{links}`, `{instances}`,
/// `{detail}`, `{policy}` and `{export}` in a pointer are the operations ([`OPERATIONS`]).
type Edits = &'static [(&'static str, &'static str)];
type Expected = &'static [(Rule, &'static str, &'static str)];

const EXTENSION_CASES: &[(&str, Edits, Expected)] = &[
    (
        "an extension where it does not belong",
        &[
            ("  version: v1\n", "  version: v1\n  x-service: {name: x}\n"),
            (
                "      x-log-link:\n        id: id\n",
                "      x-paging: {stream: links}\n      x-log-link:\n        id: id\n",
            ),
        ],
        &[
            (
                Rule::XService,
                "/info/x-service",
                "x-service belongs on the document, not on info",
            ),
            (
                Rule::XPaging,
                "/components/schemas/Link/x-paging",
                "x-paging belongs on an operation, not on a schema",
            ),
        ],
    ),
    (
        "an x-service name and env-names that are not names",
        &[
            ("  name: fixture\n", "  name: Fixture\n"),
            ("[FIXTURE, FIXTURE_LOGS]", "[FIXTURE, fixture, FIXTURE]"),
        ],
        &[
            (
                Rule::XService,
                "/x-service/name",
                "x-service.name \"Fixture\" is not lower-case letters, digits and hyphens",
            ),
            (
                Rule::XService,
                "/x-service/env-names/1",
                "x-service.env-names \"fixture\" is not upper-case letters",
            ),
            (
                Rule::XService,
                "/x-service/env-names/2",
                "x-service.env-names lists \"FIXTURE\" twice",
            ),
        ],
    ),
    (
        "an x-service default-log-kind that is not a name",
        &[(
            "  default-log-kind: audit\n",
            "  default-log-kind: [audit]\n",
        )],
        &[(
            Rule::XService,
            "/x-service/default-log-kind",
            "x-service.default-log-kind must be a string (one of the service's log kinds), not",
        )],
    ),
    (
        "a region under two servers, a default out of its enum, a url without {region}",
        &[
            (
                "https://logs.{region}.example.eu",
                "https://logs.example.eu",
            ),
            (
                "        default: eu-west-1\n        enum: [eu-west-1]",
                "        default: eu-west-2\n        enum: [eu-west-1, xx-north-1]",
            ),
        ],
        &[
            (
                Rule::XService,
                "/servers/1/url",
                "server url \"https://logs.example.eu\" has no `{region}`",
            ),
            (
                Rule::XService,
                "/servers/1/variables/region/default",
                "the default region \"eu-west-2\" of server \"https://logs.example.eu\" is not in its enum",
            ),
            (
                Rule::XService,
                "/servers/1/variables/region/enum/1",
                "region \"xx-north-1\" is already served by server 0 (\"https://logs.{region}.example.com\")",
            ),
        ],
    ),
    (
        "x-paging names that point at the wrong things",
        &[
            ("        offset: offset\n", "        offset: start_time\n"),
            ("        items: logs\n", "        items: total\n"),
            ("        key: id\n", "        key: idd\n"),
        ],
        &[
            (
                Rule::XPaging,
                "{list}/x-paging/offset",
                "x-paging.offset \"start_time\" is string, not an integer query parameter",
            ),
            (
                Rule::XPaging,
                "{list}/x-paging/items",
                "x-paging.items \"total\" is integer, not an array",
            ),
        ],
    ),
    (
        "an x-paging key that is not a property of the records",
        &[("        key: id\n", "        key: idd\n")],
        &[(
            Rule::XPaging,
            "{list}/x-paging/key",
            "x-paging.key \"idd\" is not a property of the records' schema Log (its properties: id, name, size, status)",
        )],
    ),
    (
        "a stream or a call named as another method",
        &[
            ("        stream: logs\n", "        stream: list_log_links\n"),
            (
                "        call: link_batches\n",
                "        call: list_log_links\n",
            ),
        ],
        &[
            (
                Rule::XPaging,
                "{list}/x-paging/stream",
                "\"list_log_links\" is already an operationId (/paths/~1v1~1{project_id}~1logs~1links/post/operationId); the x-paging stream needs a name of its own",
            ),
            (
                Rule::XBatch,
                "{links}/x-batch/call",
                "\"list_log_links\" is already an operationId",
            ),
        ],
    ),
    (
        "a call named as a stream",
        &[("        call: link_batches\n", "        call: logs\n")],
        &[(
            Rule::XBatch,
            "{links}/x-batch/call",
            "\"logs\" is already the x-paging stream (/paths/~1v1~1{project_id}~1logs/get/x-paging/stream); the x-batch call needs a name of its own",
        )],
    ),
    (
        "an x-window without max-days or split-days, on a parameter that is not in the query",
        &[
            ("        max-days: 30\n        split-days: 10\n", ""),
            ("        end: end_time\n", "        end: project_id\n"),
        ],
        &[
            (
                Rule::XWindow,
                "{list}/x-window",
                "x-window has neither `max-days`",
            ),
            (
                Rule::XWindow,
                "{list}/x-window/end",
                "x-window.end \"project_id\" is a path parameter, not a query parameter (its query parameters: limit, offset, start_time, end_time)",
            ),
        ],
    ),
    (
        "results found in the response's one array property",
        &[("        results: links\n", "")],
        &[],
    ),
    (
        "results that cannot be found",
        &[
            ("        results: links\n", ""),
            (
                "            $ref: '#/components/schemas/Link'\n    Link:\n",
                "            $ref: '#/components/schemas/Link'\n        more:\n          type: array\n          \
                 description: More.\n          items:\n            type: string\n    Link:\n",
            ),
        ],
        &[(
            Rule::XBatch,
            "{links}/x-batch",
            "x-batch has no `results`, and the 200 response's schema LinkResponse is not an array, an object with exactly one array property, or a oneOf of such",
        )],
    ),
    (
        "results found in each shape of a oneOf",
        &[
            ("        results: links\n", ""),
            (
                "    LinkResponse:\n      type: object\n",
                "    LinkResponse:\n      description: The links, in one of two shapes.\n      oneOf:\n        - $ref: '#/components/schemas/LinkList'\n        - type: array\n          items:\n            $ref: '#/components/schemas/Link'\n    LinkList:\n      type: object\n",
            ),
        ],
        &[],
    ),
    (
        "log links that are neither strings nor x-log-link records",
        &[("      x-log-link:\n        id: id\n        url: url\n", "")],
        &[(
            Rule::XLog,
            "{links}/x-log/kind",
            "x-log.kind \"audit\" makes these log links, but its results' schema Link is neither a string (a plain URL) nor has x-log-link",
        )],
    ),
    (
        "log links that are plain URLs",
        &[(
            "            $ref: '#/components/schemas/Link'\n    Link:\n",
            "            type: string\n    Unused:\n",
        )],
        &[(
            Rule::UnusedComponent,
            "/components/schemas/Unused",
            "never referenced",
        )],
    ),
    (
        "an x-log beside neither x-paging nor x-batch, of a kind that is not a word",
        &[(
            "      x-batch:\n        call: link_batches\n        ids: ids\n        results: links\n      x-log:\n        kind: audit\n",
            "      x-log:\n        kind: Audit Logs\n",
        )],
        &[
            (
                Rule::XLog,
                "{links}/x-log",
                "x-log belongs beside x-paging or x-batch",
            ),
            (
                Rule::XLog,
                "{links}/x-log/kind",
                "x-log.kind \"Audit Logs\" is not a lower-case word",
            ),
        ],
    ),
    (
        "an x-batch.ids that is not an array of strings, a limit that is not an integer",
        &[
            ("        ids: ids\n", "        ids: nope\n"),
            ("        limit: limit\n", "        limit: end_time\n"),
        ],
        &[
            (
                Rule::XPaging,
                "{list}/x-paging/limit",
                "x-paging.limit \"end_time\" is string, not an integer query parameter",
            ),
            (
                Rule::XBatch,
                "{links}/x-batch/ids",
                "x-batch.ids \"nope\" is not a property of the request body's schema LinkRequest (its properties: ids)",
            ),
        ],
    ),
    (
        "x-log-file: a size that is not a size, a unit that is not one, inactive values not of the status",
        &[
            (
                "        size: size\n        status: status\n        inactive: [Disable]\n",
                "        size: status\n        size-unit: kB\n        status: status\n        inactive: [Off]\n",
            ),
            (
                "          enum: [Active, Disable]\n",
                "          enum: [Active, Disable]\n        flag:\n          type: boolean\n          description: A flag.\n",
            ),
        ],
        &[
            (
                Rule::XLogFile,
                "/components/schemas/Log/x-log-file/size-unit",
                "x-log-file.size-unit \"kB\" is not `bytes` (the default) or `KiB`",
            ),
            (
                Rule::XLogFile,
                "/components/schemas/Log/x-log-file/inactive/0",
                "x-log-file.inactive \"Off\" is not a value of the status property \"status\" (its enum: \"Active\", \"Disable\")",
            ),
        ],
    ),
    (
        "x-log-file: a boolean size, inactive without status",
        &[
            (
                "        size: size\n        status: status\n",
                "        size: flag\n",
            ),
            (
                "          enum: [Active, Disable]\n",
                "          enum: [Active, Disable]\n        flag:\n          type: boolean\n          description: A flag.\n",
            ),
        ],
        &[
            (
                Rule::XLogFile,
                "/components/schemas/Log/x-log-file/size",
                "x-log-file.size \"flag\" is boolean; a size is an integer, a number, a string, or a oneOf of integer and string",
            ),
            (
                Rule::XLogFile,
                "/components/schemas/Log/x-log-file/inactive",
                "x-log-file.inactive lists status values, but x-log-file has no `status`",
            ),
        ],
    ),
    (
        "an x-time on a schema that is not a string",
        &[(
            "      default: 10\n",
            "      default: 10\n      x-time: audit\n",
        )],
        &[(
            Rule::XTime,
            "/components/schemas/Limit/x-time",
            "x-time is on a schema of type integer; it marks a string schema",
        )],
    ),
    (
        "x-log-file: pending without status, pending values not of the status",
        &[
            ("pending: [EXPORTING]}", "pending: [EXPORTING, READY]}"),
            (
                "        size: size\n        status: status\n        inactive: [Disable]\n",
                "        size: size\n        pending: [Preparing]\n",
            ),
        ],
        &[
            (
                Rule::XLogFile,
                "/components/schemas/Log/x-log-file/pending",
                "x-log-file.pending lists status values, but x-log-file has no `status`: name the status property",
            ),
            (
                Rule::XLogFile,
                "/components/schemas/ExportFile/x-log-file/pending/1",
                "x-log-file.pending \"READY\" is not a value of the status property \"state\" (its enum: \"EXPORTING\", \"SUCCESS\", \"FAILED\")",
            ),
        ],
    ),
    (
        "x-log-export: a misspelt field, a required one missing",
        &[(
            EXPORT_EXT,
            "{kind: slow, items: files, status: status, pendng: [CREATING]}",
        )],
        &[
            (
                Rule::XLogExport,
                "{export}/x-log-export",
                "x-log-export has no `call`: the name of the generated export method, in snake_case",
            ),
            (
                Rule::XLogExport,
                "{export}/x-log-export/pendng",
                "unknown field \"pendng\" in x-log-export (did you mean \"pending\"?)",
            ),
        ],
    ),
    (
        "x-log-export.by-name with no body to name a file in and names from no listing",
        &[(
            "pending: [CREATING]}\n",
            "pending: [CREATING], by-name: {field: name, names: slow_names}}\n",
        )],
        &[
            (
                Rule::XLogExport,
                "{export}/x-log-export/by-name/field",
                "x-log-export.by-name.field: the operation has no request body",
            ),
            (
                Rule::XLogExport,
                "{export}/x-log-export/by-name/names",
                "x-log-export.by-name.names \"slow_names\" is the x-paging stream of no operation",
            ),
        ],
    ),
    (
        "x-log-export.by-name without its names",
        &[(
            "pending: [CREATING]}\n",
            "pending: [CREATING], by-name: {field: name}}\n",
        )],
        &[(
            Rule::XLogExport,
            "{export}/x-log-export/by-name",
            "x-log-export.by-name is `{field, names}`",
        )],
    ),
    (
        "x-log-export beside x-batch",
        &[(
            "pending: [CREATING]}\n",
            "pending: [CREATING]}\n      x-batch: {call: slow_links, ids: files}\n",
        )],
        &[
            (
                Rule::XLogExport,
                "{export}/x-log-export",
                "x-log-export is beside x-batch: an export is its own listing and link call",
            ),
            (
                Rule::XBatch,
                "{export}/x-batch/ids",
                "x-batch.ids: the operation has no request body",
            ),
        ],
    ),
    (
        "x-log-export of the kind of an x-log listing",
        &[("{kind: slow, call:", "{kind: audit, call:")],
        &[(
            Rule::XLogExport,
            "{export}/x-log-export/kind",
            "x-log-export.kind \"audit\" is already the kind of /paths/~1v1~1{project_id}~1logs/get/x-log/kind: the log API would list a kind's files in two places",
        )],
    ),
    (
        "a stream named as a method of LogApi",
        &[(
            "x-paging: {stream: instance_records,",
            "x-paging: {stream: instances,",
        )],
        &[(
            Rule::XPaging,
            "{instances}/x-paging/stream",
            "x-paging.stream \"instances\" is a method of huaweicloud_core::LogApi",
        )],
    ),
    (
        "an export call named as a stream",
        &[("call: slow_log_export,", "call: instance_records,")],
        &[(
            Rule::XLogExport,
            "{export}/x-log-export/call",
            "\"instance_records\" is already the x-paging stream (/paths/~1v1~1{project_id}~1instances/get/x-paging/stream); the x-log-export call needs a name of its own",
        )],
    ),
    (
        "x-log-export items that are not records of a component schema",
        &[(
            "          items:\n            $ref: '#/components/schemas/ExportFile'\n",
            "          items:\n            type: string\n",
        )],
        &[
            (
                Rule::XLogExport,
                "{export}/x-log-export/items",
                "x-log-export.items \"files\" is an array of an inline schema (/components/schemas/ExportResponse/properties/files/items); its records must be a component schema",
            ),
            (
                Rule::UnusedComponent,
                "/components/schemas/ExportFile",
                "never referenced",
            ),
        ],
    ),
    (
        "an x-log-export status that is not a property of the response",
        &[(
            "items: files, status: status,",
            "items: files, status: state,",
        )],
        &[(
            Rule::XLogExport,
            "{export}/x-log-export/status",
            "x-log-export.status \"state\" is not a property of the 200 response's schema ExportResponse (its properties: files, status)",
        )],
    ),
    (
        "x-log-export pending values not of the status",
        &[("pending: [CREATING]}", "pending: [CREATING, DONE, 3]}")],
        &[
            (
                Rule::XLogExport,
                "{export}/x-log-export/pending/1",
                "x-log-export.pending \"DONE\" is not a value of the status property \"status\" (its enum: \"CREATING\", \"FINISH\")",
            ),
            (
                Rule::XLogExport,
                "{export}/x-log-export/pending/2",
                "x-log-export.pending must list status values (strings), not a number (3)",
            ),
        ],
    ),
    (
        "an export taking the node before the instance, and an optional string",
        &[(
            "        - $ref: '#/components/parameters/InstanceId'\n        - $ref: '#/components/parameters/NodeId'\n",
            "        - $ref: '#/components/parameters/NodeId'\n        - $ref: '#/components/parameters/InstanceId'\n        \
             - name: since\n          in: query\n          required: false\n          description: Oldest file.\n          \
             schema:\n            type: string\n",
        )],
        &[
            (
                Rule::XLogExport,
                "{export}/x-log-export",
                "x-log-export: node_id comes before instance_id in the operation's parameters; the generated call takes them in that order, and the log API gives the instance id first",
            ),
            (
                Rule::XLogExport,
                "{export}/x-log-export",
                "x-log-export: the operation takes the optional query parameter \"since\", a string, which its generated call would ask its caller for: an export takes instance_id and node_id only",
            ),
        ],
    ),
    (
        "x-instances: a misspelt field, a required one missing, both nodes and detail",
        &[(
            "{id: id, name: name, detail: show_instance}",
            "{id: id, nam: name, nodes: nodes.id, detail: show_instance}",
        )],
        &[
            (
                Rule::XInstances,
                "{instances}/x-instances",
                "x-instances has both `nodes` and `detail`: the node ids come from one place",
            ),
            (
                Rule::XInstances,
                "{instances}/x-instances",
                "x-instances has no `name`: the property of a listed record with the instance's name",
            ),
            (
                Rule::XInstances,
                "{instances}/x-instances/nam",
                "unknown field \"nam\" in x-instances (did you mean \"name\"?)",
            ),
        ],
    ),
    (
        "node ids from the records, and an x-instance-detail nothing uses",
        &[(
            "{id: id, name: name, detail: show_instance}",
            "{id: id, name: name, nodes: nodes.id}",
        )],
        &[(
            Rule::XInstances,
            "{detail}/x-instance-detail",
            "x-instance-detail: no x-instances.detail names this operation (\"show_instance\"), so nothing uses it",
        )],
    ),
    (
        "an x-instances.nodes path through a string",
        &[(
            "{id: id, name: name, detail: show_instance}",
            "{id: id, name: name, nodes: name.first}",
        )],
        &[
            (
                Rule::XInstances,
                "{instances}/x-instances/nodes",
                "x-instances.nodes \"name.first\": \"name\" is string, with no property \"first\"",
            ),
            (
                Rule::XInstances,
                "{detail}/x-instance-detail",
                "nothing uses it",
            ),
        ],
    ),
    (
        "an x-instance-detail.nodes path that ends at an object",
        &[("{nodes: instance.nodes.id}", "{nodes: instance.nodes}")],
        &[(
            Rule::XInstances,
            "{detail}/x-instance-detail/nodes",
            "x-instance-detail.nodes \"instance.nodes\" ends at object, not a string (a node id)",
        )],
    ),
    (
        "an x-instance-detail.nodes that is not a path",
        &[("{nodes: instance.nodes.id}", "{nodes: instance..id}")],
        &[(
            Rule::XInstances,
            "{detail}/x-instance-detail/nodes",
            "x-instance-detail.nodes \"instance..id\" is not a dotted path of property names",
        )],
    ),
    (
        "a second x-instances, beside x-window",
        &[(
            "        split-days: 10\n",
            "        split-days: 10\n      x-instances: {id: id, name: name}\n",
        )],
        &[
            (
                Rule::XInstances,
                "{list}/x-instances",
                "x-instances is beside x-window: the log API lists every instance, with no time window",
            ),
            (
                Rule::XInstances,
                "{instances}/x-instances",
                "x-instances is already on /paths/~1v1~1{project_id}~1logs/get: a spec lists its instances with one operation",
            ),
        ],
    ),
    (
        "an instance listing with a required parameter",
        &[(
            "          description: Number of instances to return.\n          schema:\n            $ref: '#/components/schemas/Limit'\n",
            "          description: Number of instances to return.\n          schema:\n            $ref: '#/components/schemas/Limit'\n        \
             - name: region\n          in: query\n          required: true\n          description: Region.\n          \
             schema:\n            type: string\n",
        )],
        &[(
            Rule::XInstances,
            "{instances}/x-instances",
            "x-instances: the listing takes the required query parameter \"region\", which the log API cannot give: it lists the instances with nothing but the project id",
        )],
    ),
    (
        "an x-instances.detail naming an operation without x-instance-detail",
        &[("detail: show_instance}", "detail: show_log_policy}")],
        &[
            (
                Rule::XInstances,
                "{instances}/x-instances/detail",
                "x-instances.detail \"show_log_policy\" is an operation without x-instance-detail (/paths/~1v1~1{project_id}~1instances~1{instance_id}~1log-policy/get): give it x-instance-detail",
            ),
            (
                Rule::XInstances,
                "{detail}/x-instance-detail",
                "nothing uses it",
            ),
        ],
    ),
    (
        "an x-instance-detail without nodes, another on a schema",
        &[
            ("{nodes: instance.nodes.id}", "{}"),
            (
                "      description: An instance.\n",
                "      description: An instance.\n      x-instance-detail: {nodes: id}\n",
            ),
        ],
        &[
            (
                Rule::XInstances,
                "{detail}/x-instance-detail",
                "x-instance-detail has no `nodes`: the dotted path of property names from the 200 response's schema to the node ids",
            ),
            (
                Rule::XInstances,
                "/components/schemas/Instance/x-instance-detail",
                "x-instance-detail belongs on an operation, not on a schema",
            ),
        ],
    ),
    (
        "an instance detail taking a required parameter",
        &[(
            "        - $ref: '#/components/parameters/InstanceId'\n      responses:\n        '200':\n          description: The instance.\n",
            "        - $ref: '#/components/parameters/InstanceId'\n        - name: fields\n          in: query\n          \
             required: true\n          description: Fields.\n          schema:\n            type: string\n      \
             responses:\n        '200':\n          description: The instance.\n",
        )],
        &[(
            Rule::XInstances,
            "{detail}/x-instance-detail",
            "x-instance-detail: the operation takes the required query parameter \"fields\", which the log API cannot give: it calls the operation with instance_id only",
        )],
    ),
    (
        "two policies of one kind, a keep-days that is not an integer",
        &[(
            "      x-instance-detail: {nodes: instance.nodes.id}\n",
            "      x-instance-detail: {nodes: instance.nodes.id}\n      x-log-policy: {kind: audit, keep-days: instance}\n",
        )],
        &[
            (
                Rule::XLogPolicy,
                "{detail}/x-log-policy/keep-days",
                "x-log-policy.keep-days \"instance\" is object, not an integer",
            ),
            (
                Rule::XLogPolicy,
                "{policy}/x-log-policy/kind",
                "x-log-policy.kind \"audit\" is already the kind of /paths/~1v1~1{project_id}~1instances~1{instance_id}/get/x-log-policy/kind: one operation gives a kind's policy",
            ),
        ],
    ),
    (
        "a policy without a kind, of no instance",
        &[
            (
                "  /v1/{project_id}/instances/{instance_id}/log-policy:",
                "  /v1/{project_id}/log-policy:",
            ),
            (
                "        - $ref: '#/components/parameters/InstanceId'\n      responses:\n        '200':\n          description: The policy.\n",
                "      responses:\n        '200':\n          description: The policy.\n",
            ),
            (
                "{kind: audit, keep-days: keep_days}",
                "{keep-days: keep_days}",
            ),
        ],
        &[
            (
                Rule::XLogPolicy,
                "/paths/~1v1~1{project_id}~1log-policy/get/x-log-policy",
                "x-log-policy has no `kind`: the kind of log whose policy it gives",
            ),
            (
                Rule::XLogPolicy,
                "/paths/~1v1~1{project_id}~1log-policy/get/x-log-policy",
                "x-log-policy: the operation has no instance_id parameter: the log API calls it for one instance, with its id",
            ),
        ],
    ),
];

#[test]
fn the_extensions_are_checked_where_they_are() {
    let mut failures = Vec::new();
    for (what, edits, expected) in EXTENSION_CASES {
        let problems = lint_valid_with(edits);
        let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let ok = problems.len() == expected.len()
            && problems
                .iter()
                .zip(expected.iter())
                .all(|(p, (rule, pointer, message))| {
                    let pointer = OPERATIONS
                        .iter()
                        .fold(pointer.to_string(), |at, (name, op)| at.replace(name, op));
                    p.rule == *rule && p.pointer == pointer && p.message.contains(message)
                });
        if !ok {
            failures.push(format!("{what}: expected {expected:?}\n  got {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_spec_without_extensions_lacks_only_x_service() {
    // Every extension but `x-service` is optional: the base without any of them has one
    // problem, the missing `x-service` (its servers have their regions).
    let text = std::fs::read_to_string(fixtures().join("valid.yaml")).unwrap();
    let mut spec: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    fn strip(node: &mut serde_yaml::Value) {
        match node {
            serde_yaml::Value::Mapping(map) => {
                map.retain(|k, _| {
                    !k.as_str()
                        .is_some_and(|k| k.starts_with("x-") && k != "x-normalized")
                });
                map.values_mut().for_each(strip);
            }
            serde_yaml::Value::Sequence(list) => list.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut spec);
    let text = serde_yaml::to_string(&spec).unwrap();
    assert!(!text.contains("x-paging") && !text.contains("x-service"));
    let problems = lint::lint_text("stripped.yaml", &text);
    let rules: Vec<Rule> = problems.iter().map(|p| p.rule).collect();
    assert_eq!(rules, [Rule::XService], "{problems:#?}");
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
            "operation_id_case.yaml:32: /paths/~1v1~1{project_id}~1logs/get/operationId: \
             operationId \"ListLogs\" is not snake_case (try \"list_logs\")"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("1 problem in 1 of 1 specs"), "{stderr}");
}
