//! Temporary credentials: the AK/SK pairs with a security token that the emulator issues (IAM's
//! `securitytokens`, the metadata service's `securitykey`), kept so that requests signed with them
//! are accepted on every API route until they expire on the emulator's clock.

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

use chrono::{DateTime, SubsecRound as _, TimeDelta, Utc};
use serde_json::{Value, json};

/// How long expired credentials are remembered (so that a request signed with them is told
/// they expired rather than that the access key is unknown).
const KEEP_EXPIRED: TimeDelta = TimeDelta::days(1);

/// `expires_at` of the answers, `2026-12-02T02:33:55.000000Z`: what the official SDK parses
/// (`%Y-%m-%dT%H:%M:%S.%fZ`).
pub const EXPIRES_AT_FORMAT: &str = "%Y-%m-%dT%H:%M:%S.%6fZ";

/// Temporary credentials issued by the emulator: sign with `access`/`secret` and send
/// `security_token` as a signed `X-Security-Token`, until `expires_at` on the emulator's clock.
///
/// Its `Debug` output leaves out the secret and the token.
#[derive(Clone, PartialEq, Eq)]
pub struct TemporaryCredentials {
    /// The access key (20 upper-case letters and digits).
    pub access: String,
    /// The secret key.
    pub secret: String,
    /// The security token (`X-Security-Token`).
    pub security_token: String,
    /// When they expire (whole seconds).
    pub expires_at: DateTime<Utc>,
}

impl fmt::Debug for TemporaryCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TemporaryCredentials")
            .field("access", &self.access)
            .field("secret", &"<redacted>")
            .field("security_token", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

impl TemporaryCredentials {
    /// The answer body of both issuing routes: `{"credential": {"access", "secret",
    /// "securitytoken", "expires_at"}}`.
    pub(super) fn to_json(&self) -> Value {
        json!({"credential": {
            "access": self.access,
            "secret": self.secret,
            "securitytoken": self.security_token,
            "expires_at": self.expires_at.format(EXPIRES_AT_FORMAT).to_string(),
        }})
    }
}

/// The credentials issued so far, by access key.
#[derive(Default)]
pub(super) struct Vault {
    by_access: Mutex<HashMap<String, TemporaryCredentials>>,
}

const UPPER_DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const URL_SAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `len` random characters of `alphabet`.
pub(super) fn random_text(alphabet: &[u8], len: usize) -> String {
    let mut rng = fastrand::Rng::new();
    (0..len)
        .map(|_| {
            char::from(
                alphabet
                    .get(rng.usize(..alphabet.len()))
                    .copied()
                    .unwrap_or(b'A'),
            )
        })
        .collect()
}

/// A metadata session token.
pub(super) fn random_token() -> String {
    random_text(URL_SAFE, 56)
}

impl Vault {
    /// Issues new credentials valid until `expires_at` (cut to whole seconds, as written in the
    /// answers), with an access key other than `permanent`; forgets those expired for a day.
    pub(super) fn issue(
        &self,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        permanent: &str,
    ) -> TemporaryCredentials {
        let mut map = self.by_access.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, c| {
            c.expires_at
                .checked_add_signed(KEEP_EXPIRED)
                .is_none_or(|forget| forget > now)
        });
        let access = loop {
            let ak = random_text(UPPER_DIGITS, 20);
            if ak != permanent && !map.contains_key(&ak) {
                break ak;
            }
        };
        // Real security tokens are long opaque strings starting with `gQ`.
        let credentials = TemporaryCredentials {
            access: access.clone(),
            secret: random_text(ALNUM, 40),
            security_token: format!("gQ{}", random_text(URL_SAFE, 510)),
            expires_at: expires_at.trunc_subsecs(0),
        };
        map.insert(access, credentials.clone());
        credentials
    }

    /// The credentials of an access key the emulator issued (expired ones included).
    pub(super) fn get(&self, access: &str) -> Option<TemporaryCredentials> {
        self.by_access
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(access)
            .cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_credentials_are_kept_and_formatted() {
        let vault = Vault::default();
        let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 123_456_789).unwrap_or_default();
        let c = vault.issue(now, now + TimeDelta::seconds(900), "PERMANENT");
        assert_eq!(c.access.len(), 20);
        assert_eq!(c.secret.len(), 40);
        assert!(c.security_token.starts_with("gQ"));
        assert_eq!(vault.get(&c.access), Some(c.clone()));
        let v = c.to_json();
        assert_eq!(v["credential"]["expires_at"], "2027-01-15T08:15:00.000000Z");
        let debug = format!("{c:?}");
        assert!(!debug.contains(&c.secret) && !debug.contains(&c.security_token));
        // Forgotten a day after they expired.
        let later = now + TimeDelta::days(2);
        let d = vault.issue(later, later, "PERMANENT");
        assert!(vault.get(&c.access).is_none());
        assert!(vault.get(&d.access).is_some());
        // Credentials that never expire, as far as the clock goes, are kept.
        let e = vault.issue(later, DateTime::<Utc>::MAX_UTC, "PERMANENT");
        vault.issue(later, later, "PERMANENT");
        assert!(vault.get(&e.access).is_some());
    }
}
