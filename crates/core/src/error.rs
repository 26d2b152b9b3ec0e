//! One error type for every operation of every service: what went wrong (its [`ErrorKind`]),
//! and everything a person needs to chase it: HTTP status, Huawei `error_code` and
//! `error_msg`, the request id, the service and the operation. Its `Display` is one line.

use std::fmt;

/// The header that carries the request id in Huawei Cloud responses.
pub const REQUEST_ID_HEADER: &str = "x-request-id";
/// A header the runtime adds to error responses it hands to the generated code, so that the
/// operation id survives into [`Error`]. Never sent on the wire.
pub(crate) const OPERATION_HEADER: &str = "x-huaweicloud-rs-operation";

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Input rejected before anything was sent (a limit, a window, an id format).
    InvalidInput,
    /// Credentials, region or endpoint could not be set up.
    Configuration,
    /// The service refused the credentials (HTTP 401 or 403).
    Authentication,
    /// The service answered with an error status.
    Service,
    /// The request or response could not be sent or read (connection refused or reset).
    Transport,
    /// Connecting or reading timed out.
    Timeout,
    /// A response arrived but could not be understood.
    Decode,
    /// A local file could not be written or read (a download's destination).
    Io,
}

impl ErrorKind {
    fn describe(self) -> &'static str {
        match self {
            ErrorKind::InvalidInput => "invalid input",
            ErrorKind::Configuration => "configuration error",
            ErrorKind::Authentication => "authentication failed",
            ErrorKind::Service => "service error",
            ErrorKind::Transport => "transport error",
            ErrorKind::Timeout => "timed out",
            ErrorKind::Decode => "undecodable response",
            ErrorKind::Io => "local file error",
        }
    }
}

impl fmt::Display for ErrorKind {
    /// In words: `service error`, `timed out`, ...
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// An error from a Huawei Cloud operation, or from setting one up.
///
/// It never holds a secret: credentials, signatures and presigned URLs stay out of it.
/// Boxed inside, so a `Result<T, Error>` stays one pointer wide.
pub struct Error(Box<Inner>);

struct Inner {
    kind: ErrorKind,
    service: Option<&'static str>,
    operation: Option<String>,
    status: Option<u16>,
    error_code: Option<String>,
    error_msg: Option<String>,
    request_id: Option<String>,
    message: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl Error {
    /// A new error of `kind` with a human message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self(Box::new(Inner {
            kind,
            service: None,
            operation: None,
            status: None,
            error_code: None,
            error_msg: None,
            request_id: None,
            message: Some(message.into()),
            source: None,
        }))
    }

    /// Input rejected before sending: names the field and the limit it broke.
    pub fn invalid_input(field: &str, problem: impl fmt::Display) -> Self {
        Self::new(ErrorKind::InvalidInput, format!("{field}: {problem}"))
    }

    /// A configuration problem (credentials, region, endpoint).
    pub fn configuration(source: impl std::error::Error + Send + Sync + 'static) -> Self {
        let mut e = Self::new(ErrorKind::Configuration, source.to_string());
        e.0.source = Some(Box::new(source));
        e
    }

    /// Attach the service and operation the error belongs to (kept if already set).
    pub fn with_operation(mut self, service: &'static str, operation: &str) -> Self {
        self.0.service.get_or_insert(service);
        if self.0.operation.is_none() {
            self.0.operation = Some(operation.to_owned());
        }
        self
    }

    /// What went wrong, in words, apart from the service's own `error_msg` (for input errors:
    /// the field and the limit).
    pub fn message(&self) -> Option<&str> {
        self.0.message.as_deref()
    }

    /// Say what was being done when this error happened: `finding the project id of
    /// cn-north-4` comes first in the message (the service, operation, status and codes stay).
    pub fn context(mut self, doing: impl fmt::Display) -> Self {
        let message = match self.0.message.take() {
            Some(m) => format!("{doing}: {m}"),
            None => doing.to_string(),
        };
        self.0.message = Some(message);
        self
    }

    /// Attach the HTTP status of the answer.
    pub(crate) fn with_status(mut self, status: u16) -> Self {
        self.0.status = Some(status);
        self
    }

    /// Attach the underlying cause.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.0.source = Some(Box::new(source));
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }
    /// The service (`dds`, `rds`, `taurusdb`), when known.
    pub fn service(&self) -> Option<&'static str> {
        self.0.service
    }
    /// The operation id of the spec (`list_auditlogs`), when known.
    pub fn operation(&self) -> Option<&str> {
        self.0.operation.as_deref()
    }
    /// HTTP status of the response, if one arrived.
    pub fn status(&self) -> Option<u16> {
        self.0.status
    }
    /// Huawei error code (`DBS.200001`, `APIGW.0301`), if the service sent one.
    pub fn error_code(&self) -> Option<&str> {
        self.0.error_code.as_deref()
    }
    /// Huawei error message, if the service sent one.
    pub fn error_msg(&self) -> Option<&str> {
        self.0.error_msg.as_deref()
    }
    /// Request id (`X-Request-Id`), to quote to Huawei support.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }
    /// Whether trying again later may succeed (throttling, server errors, transport, timeouts).
    pub fn is_retryable(&self) -> bool {
        match self.0.kind {
            ErrorKind::Transport | ErrorKind::Timeout => true,
            ErrorKind::Service => matches!(self.0.status, Some(429 | 500 | 502 | 503 | 504)),
            _ => false,
        }
    }

    /// Convert an error of a generated client. `E` is the crate's error body type.
    pub fn from_generated<E: ErrorBody>(err: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as G;
        match err {
            G::InvalidRequest(msg) if msg.starts_with(crate::client::NO_PROJECT_ID) => {
                Self::new(ErrorKind::Configuration, msg)
            }
            G::InvalidRequest(msg) => Self::new(ErrorKind::InvalidInput, msg),
            G::CommunicationError(e) | G::InvalidUpgrade(e) => Self::from_reqwest(e),
            G::ResponseBodyError(e) => {
                let mut out = Self::from_reqwest(e);
                out.0.message = Some(format!(
                    "reading the response body failed: {}",
                    out.0.message.as_deref().unwrap_or("")
                ));
                out
            }
            G::ErrorResponse(rv) => {
                let status = rv.status().as_u16();
                let mut out = Self::from_response_parts(status, rv.headers());
                out.0.error_code = rv.error_code().map(str::to_owned);
                out.0.error_msg = rv.error_msg().map(str::to_owned);
                if out.0.request_id.is_none() {
                    out.0.request_id = rv.request_id().map(str::to_owned);
                }
                out
            }
            G::InvalidResponsePayload(bytes, e) => {
                let mut shown =
                    String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).into_owned();
                if bytes.len() > 200 {
                    shown.push('…');
                }
                Self::new(ErrorKind::Decode, format!("{e} in {shown:?}"))
            }
            G::UnexpectedResponse(resp) => {
                let status = resp.status().as_u16();
                let mut out = Self::from_response_parts(status, resp.headers());
                if resp.status().is_success() {
                    out.0.kind = ErrorKind::Decode;
                    out.0.message = Some("a success status the spec does not list".to_owned());
                } else if resp.status().is_redirection() {
                    out.0.message = Some(redirect_message(&resp));
                }
                out
            }
            // Only this crate's hooks make these: a request not sent because its credentials
            // could not be applied (`Runtime::not_sent`).
            G::Custom(msg) => Self::new(ErrorKind::Configuration, msg),
        }
    }

    fn from_response_parts(status: u16, headers: &reqwest::header::HeaderMap) -> Self {
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let kind = match status {
            401 | 403 => ErrorKind::Authentication,
            _ => ErrorKind::Service,
        };
        Self(Box::new(Inner {
            kind,
            service: None,
            operation: header(OPERATION_HEADER),
            status: Some(status),
            error_code: None,
            error_msg: None,
            request_id: header(REQUEST_ID_HEADER),
            message: None,
            source: None,
        }))
    }

    /// Convert a transport error (the URL, which could hold a presigned query, is dropped).
    pub fn from_reqwest(e: reqwest::Error) -> Self {
        let e = e.without_url();
        let kind = if e.is_timeout() {
            ErrorKind::Timeout
        } else if e.is_decode() {
            ErrorKind::Decode
        } else {
            ErrorKind::Transport
        };
        let mut out = Self::new(kind, error_chain(&e));
        out.0.status = e.status().map(|s| s.as_u16());
        out.0.source = Some(Box::new(e));
        out
    }
}

/// What a 3xx answer said, for API calls, which follow no redirect (credential headers go to
/// the endpoint they are meant for and nowhere else). Only the origin of the `Location` is
/// named: its path and query could hold a presigned signature or a token.
fn redirect_message(resp: &reqwest::Response) -> String {
    let Some(location) = resp.headers().get(reqwest::header::LOCATION) else {
        return "the service answered with a redirect status and no Location, and API calls do not follow redirects".to_owned();
    };
    // A relative Location points into the origin of the request.
    let target = location
        .to_str()
        .ok()
        .and_then(|l| resp.url().join(l.trim()).ok());
    match target.as_ref().and_then(origin) {
        Some(origin) => format!(
            "the service answered with a redirect to {origin}, which API calls do not follow"
        ),
        None => "the service answered with a redirect to a Location that is not an HTTP URL, which API calls do not follow".to_owned(),
    }
}

/// `scheme://host:port` of a URL with a host (no user, path, query or fragment).
fn origin(url: &url::Url) -> Option<String> {
    let host = url.host_str().filter(|h| !h.is_empty())?;
    let port = url.port_or_known_default()?;
    Some(format!("{}://{host}:{port}", url.scheme()))
}

/// The messages of an error and its sources, joined, so "error sending request" says why.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let next = s.to_string();
        if !text.contains(&next) {
            text.push_str(": ");
            text.push_str(&next);
        }
        source = s.source();
    }
    text
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0.service, &self.0.operation) {
            (Some(s), Some(op)) => write!(f, "{s} {op}: ")?,
            (None, Some(op)) => write!(f, "{op}: ")?,
            (Some(s), None) => write!(f, "{s}: ")?,
            (None, None) => {}
        }
        f.write_str(self.0.kind.describe())?;
        if let Some(status) = self.0.status {
            write!(f, ": HTTP {status}")?;
        }
        if let Some(code) = &self.0.error_code {
            write!(f, " {code}")?;
        }
        if let Some(msg) = &self.0.error_msg {
            write!(f, ": {}", one_line(msg))?;
        }
        if let Some(message) = &self.0.message {
            write!(f, ": {}", one_line(message))?;
        }
        if let Some(id) = &self.0.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("service", &self.0.service)
            .field("operation", &self.0.operation)
            .field("status", &self.0.status)
            .field("error_code", &self.0.error_code)
            .field("error_msg", &self.0.error_msg)
            .field("request_id", &self.0.request_id)
            .field("message", &self.0.message)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0
            .source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl<E: ErrorBody> From<progenitor_client::Error<E>> for Error {
    fn from(err: progenitor_client::Error<E>) -> Self {
        Self::from_generated(err)
    }
}

impl From<crate::wire::WireError> for Error {
    fn from(err: crate::wire::WireError) -> Self {
        Self::new(ErrorKind::Decode, err.to_string())
    }
}

impl From<crate::bounded::BoundsError> for Error {
    fn from(err: crate::bounded::BoundsError) -> Self {
        Self::new(ErrorKind::InvalidInput, err.to_string())
    }
}

/// The Huawei error body of a generated crate (`types::ErrorResponse`), implemented by
/// [`service_client!`](crate::service_client).
pub trait ErrorBody {
    /// `error_code`.
    fn error_code(&self) -> Option<&str>;
    /// `error_msg`.
    fn error_msg(&self) -> Option<&str>;
    /// `request_id`, sent by the API gateway.
    fn request_id(&self) -> Option<&str>;
}

impl ErrorBody for () {
    fn error_code(&self) -> Option<&str> {
        None
    }
    fn error_msg(&self) -> Option<&str> {
        None
    }
    fn request_id(&self) -> Option<&str> {
        None
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A 3xx as the generated code hands it over, from a request to `http://api.test:8443/v3/x`.
    fn redirect(status: u16, location: Option<&str>) -> Error {
        use reqwest::ResponseBuilderExt as _;
        let mut builder = http::Response::builder()
            .status(status)
            .header(REQUEST_ID_HEADER, "r1")
            .header(OPERATION_HEADER, "list_auditlogs")
            .url(url::Url::parse("http://api.test:8443/v3/x?limit=1").unwrap());
        if let Some(location) = location {
            builder = builder.header("location", location);
        }
        let resp = reqwest::Response::from(builder.body(bytes::Bytes::new()).unwrap());
        Error::from_generated(progenitor_client::Error::<()>::UnexpectedResponse(resp))
    }

    #[test]
    fn a_redirect_names_only_the_origin_of_its_location() {
        let e = redirect(
            302,
            Some("https://user:pw@evil.example/steal/path?X-Amz-Signature=secretsig#frag"),
        );
        assert_eq!(e.kind(), ErrorKind::Service);
        assert_eq!(e.status(), Some(302));
        assert!(!e.is_retryable());
        assert_eq!(
            e.to_string(),
            "list_auditlogs: service error: HTTP 302: the service answered with a redirect to https://evil.example:443, which API calls do not follow (request id r1)"
        );
        // Relative: the origin of the request.
        let e = redirect(307, Some("/elsewhere?token=secret"));
        assert_eq!(
            e.message(),
            Some(
                "the service answered with a redirect to http://api.test:8443, which API calls do not follow"
            )
        );
        let e = redirect(308, Some("http://[::1]:9000/x"));
        assert!(
            e.to_string().contains("redirect to http://[::1]:9000,"),
            "{e}"
        );
        let e = redirect(301, None);
        assert_eq!(
            e.message(),
            Some(
                "the service answered with a redirect status and no Location, and API calls do not follow redirects"
            )
        );
        let e = redirect(303, Some("mailto:x@y?secret=1"));
        assert_eq!(
            e.message(),
            Some(
                "the service answered with a redirect to a Location that is not an HTTP URL, which API calls do not follow"
            )
        );
        for e in [
            redirect(
                302,
                Some("https://user:pw@evil.example/steal?sig=secretsig"),
            ),
            redirect(307, Some("/elsewhere?token=secret")),
        ] {
            let text = format!("{e} {e:?}");
            for leak in ["user", "pw@", "steal", "secret", "elsewhere", "frag"] {
                assert!(!text.contains(leak), "{leak} in {text}");
            }
        }
    }

    #[test]
    fn display_is_one_line_with_everything() {
        let mut e = Error::new(ErrorKind::Service, "x").with_operation("dds", "list_auditlogs");
        e.0.message = None;
        e.0.status = Some(400);
        e.0.error_code = Some("DBS.200001".into());
        e.0.error_msg = Some("The parameter\nlimit is invalid.".into());
        e.0.request_id = Some("abc123".into());
        assert_eq!(
            e.to_string(),
            "dds list_auditlogs: service error: HTTP 400 DBS.200001: The parameter limit is invalid. (request id abc123)"
        );
        let input = Error::invalid_input("limit", "must be 1 to 100, got 500");
        assert_eq!(
            input.to_string(),
            "invalid input: limit: must be 1 to 100, got 500"
        );
        assert_eq!(input.kind(), ErrorKind::InvalidInput);
        assert!(!input.is_retryable());
    }
}
