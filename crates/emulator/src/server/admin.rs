//! The admin endpoint, `/_emulator/...`: counters, the manifest, presigned links. No
//! authentication, any method, loopback peers only (others get the gateway's 404), and never
//! counted.

use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::any;
use http::{StatusCode, Uri};
use serde_json::{Value, json};

use super::errors::{NO_SUCH_API, json_response};
use super::operations::expiry;
use super::{App, first, query_pairs, uncounted};
use crate::dataset::{LogKind, ManifestEntry};
use crate::net::Peer;

/// The admin routes, under [`super::ADMIN_PREFIX`].
pub(super) fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/_emulator/stats", any(stats))
        .route("/_emulator/manifest", any(manifest_route))
        .route("/_emulator/links", any(links))
        .route("/_emulator/", any(not_found))
        .route("/_emulator/{*rest}", any(not_found))
        .route_layer(middleware::from_fn(loopback_only))
}

/// 404 `APIGW.0101`, without the request id in the body.
async fn not_found() -> Response {
    uncounted(json_response(
        StatusCode::NOT_FOUND,
        &json!({"error_code": "APIGW.0101", "error_msg": NO_SUCH_API}),
    ))
}

async fn loopback_only(ConnectInfo(peer): ConnectInfo<Peer>, req: Request, next: Next) -> Response {
    if peer.addr.ip().is_loopback() {
        next.run(req).await
    } else {
        not_found().await
    }
}

/// `/_emulator/stats`: the request counters.
async fn stats(State(app): State<Arc<App>>) -> Response {
    let stats = app.stats().clone();
    uncounted(json_response(
        StatusCode::OK,
        &serde_json::to_value(stats).unwrap_or_default(),
    ))
}

/// Which files an admin request is about, from its `kind` parameter: none, the first six
/// operations' files (DDS and RDS audit logs, TaurusDB DDL logs), as before the others
/// existed; `all`, every file; else a comma-separated list of kinds (`audit,slow`).
pub(crate) fn selection(query: &[(String, String)]) -> Result<Option<Vec<LogKind>>, String> {
    match first(query, "kind") {
        None => Ok(None),
        Some("all") => Ok(Some(LogKind::ALL.to_vec())),
        Some(list) => list
            .split(',')
            .map(|k| k.trim().parse::<LogKind>())
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
    }
}

/// The indices of the files `selection` takes, in order.
fn selected(app: &App, selection: Option<&[LogKind]>) -> Vec<usize> {
    match selection {
        None => (0..app.dataset.files().len()).collect(),
        Some(kinds) => app
            .dataset
            .all_files()
            .iter()
            .enumerate()
            .filter(|(_, f)| kinds.contains(&f.kind))
            .map(|(i, _)| i)
            .collect(),
    }
}

fn bad_kind(why: &str) -> Response {
    uncounted(json_response(
        StatusCode::BAD_REQUEST,
        &json!({"error_code": "EMULATOR.0002", "error_msg": why}),
    ))
}

/// `/_emulator/manifest[?sha256=false][&kind=all|audit,ddl,slow,error]`: the files (the first
/// six operations' without `kind`), with their SHA-256 unless asked not to.
async fn manifest_route(State(app): State<Arc<App>>, uri: Uri) -> Response {
    let query = query_pairs(&uri);
    let with_sha = !query
        .iter()
        .any(|(k, v)| k == "sha256" && (v == "false" || v == "0"));
    let kinds = match selection(&query) {
        Ok(kinds) => kinds,
        Err(why) => return bad_kind(&why),
    };
    let files = manifest_of(&app, with_sha, kinds.as_deref()).await;
    uncounted(json_response(
        StatusCode::OK,
        &json!({
            "project_id": app.config.project_id,
            "instances": app.dataset.instances(),
            "files": files,
        }),
    ))
}

/// `/_emulator/links[?service=dds&instance=ID&kind=…]`: presigned links for every file
/// (optionally of one service and instance; `kind` as for the manifest), as the link
/// operations would hand them out: for benchmarks that download the same URLs with another
/// client.
async fn links(State(app): State<Arc<App>>, uri: Uri) -> Response {
    let query = query_pairs(&uri);
    let (service, instance) = (first(&query, "service"), first(&query, "instance"));
    let kinds = match selection(&query) {
        Ok(kinds) => kinds,
        Err(why) => return bad_kind(&why),
    };
    let expires = expiry(&app).timestamp();
    let links: Vec<Value> = selected(&app, kinds.as_deref())
        .into_iter()
        .filter_map(|i| app.dataset.file(i))
        .filter(|f| service.is_none_or(|s| f.service.as_str() == s))
        .filter(|f| instance.is_none_or(|i| f.instance_id == i))
        .map(|f| {
            json!({
                "service": f.service.as_str(),
                "instance_id": f.instance_id,
                "kind": f.kind,
                "id": f.id,
                "size": f.size,
                "url": app.link(f, expires),
            })
        })
        .collect();
    uncounted(json_response(StatusCode::OK, &json!({ "links": links })))
}

/// The manifest of the files `kinds` selects (the first six operations' files when `None`),
/// with SHA-256 sums (computed lazily, in parallel, cached) when asked.
pub(crate) async fn manifest_of(
    app: &Arc<App>,
    with_sha: bool,
    kinds: Option<&[LogKind]>,
) -> Vec<ManifestEntry> {
    let indices = selected(app, kinds);
    let mut out: Vec<ManifestEntry> = indices
        .iter()
        .filter_map(|i| app.dataset.manifest_entry(*i))
        .collect();
    if with_sha {
        let futures = indices.iter().map(|&i| {
            let ds = Arc::clone(&app.dataset);
            async move { ds.sha256(i).await }
        });
        let sums = futures_util::future::join_all(futures).await;
        for (entry, sum) in out.iter_mut().zip(sums) {
            entry.sha256 = sum;
        }
    }
    out
}
