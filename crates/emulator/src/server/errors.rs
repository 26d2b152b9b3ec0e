//! Error answers: the services' JSON (`{"error_code", "error_msg"}`, plus `request_id` from the
//! gateway), IAM's Keystone JSON (`{"error": {"code", "message", "title"}}`), the plain text of
//! the metadata service, and the OBS-style XML of the download bucket.

use axum::body::Body;
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};
use serde_json::{Value, json};

/// Message of `APIGW.0101`.
pub(super) const NO_SUCH_API: &str =
    "The API does not exist or has not been published in the environment.";

/// An error answer of the API.
#[derive(Debug)]
pub(super) struct ApiError {
    status: StatusCode,
    code: &'static str,
    msg: String,
    retry_after: Option<u64>,
}

impl ApiError {
    pub(super) fn new(status: StatusCode, code: &'static str, msg: impl Into<String>) -> Self {
        Self {
            status,
            code,
            msg: msg.into(),
            retry_after: None,
        }
    }

    /// The answer asks to wait `secs` before trying again (`Retry-After`).
    pub(super) fn retry_after(mut self, secs: u64) -> Self {
        self.retry_after = Some(secs);
        self
    }

    /// 400 `DBS.200001`: a parameter has a value out of its bounds or format.
    pub(super) fn invalid_why(param: &str, why: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "DBS.200001",
            format!("The parameter {param} is invalid: {why}."),
        )
    }

    /// 400 `DBS.200002`: a required parameter is missing.
    pub(super) fn missing(param: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "DBS.200002",
            format!("The parameter {param} is mandatory."),
        )
    }

    /// 401 `APIGW.0301`: no valid credentials; `why` says what is wrong with them.
    pub(super) fn unauthenticated(why: &str) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "APIGW.0301",
            format!("Incorrect IAM authentication information: {why}"),
        )
    }

    /// 413 `APIGW.0201`: the body is over the gateway's limit.
    pub(super) fn too_large() -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "APIGW.0201",
            "Request entity too large.",
        )
    }

    /// 404 `APIGW.0101`: no such path, or not with this method.
    pub(super) fn no_such_api() -> Self {
        Self::new(StatusCode::NOT_FOUND, "APIGW.0101", NO_SUCH_API)
    }

    /// The JSON answer; gateway errors (`APIGW.*`) carry the request id in the body too.
    pub(super) fn into_response(self, request_id: &str) -> Response {
        let mut body = json!({"error_code": self.code, "error_msg": self.msg});
        if self.code.starts_with("APIGW") {
            body["request_id"] = Value::String(request_id.to_owned());
        }
        let mut resp = json_response(self.status, &body);
        if let Some(secs) = self.retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}

/// A JSON answer.
pub(super) fn json_response(status: StatusCode, body: &Value) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let mut resp = Response::new(Body::from(bytes));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

/// IAM's (Keystone's) error answer: `{"error": {"code": 400, "message": "...", "title": "Bad
/// Request"}}`.
pub(super) fn keystone_error(status: StatusCode, message: &str) -> Response {
    json_response(
        status,
        &json!({"error": {
            "code": status.as_u16(),
            "message": message,
            "title": status.canonical_reason().unwrap_or("Error"),
        }}),
    )
}

/// A plain-text answer of the metadata service: `401 Unauthorized`, a blank line, then `detail`
/// (the shape of the web framework behind the real one).
pub(super) fn text_error(status: StatusCode, detail: &str) -> Response {
    let reason = status.canonical_reason().unwrap_or("Error");
    let mut resp = Response::new(Body::from(format!(
        "{} {reason}\n\n{detail}\n",
        status.as_u16()
    )));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=UTF-8"),
    );
    resp
}

/// An OBS-style XML error, as the bucket behind the download links answers.
pub(super) fn obs_error(status: StatusCode, code: &str, msg: &str, request_id: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{msg}</Message><RequestId>{request_id}</RequestId></Error>"
    );
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    resp
}
