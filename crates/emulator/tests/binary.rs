//! The binary: one JSON line on stdout, serves, exits 0 on SIGTERM and SIGINT.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(unix)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn run_and_stop(signal: &str, extra: &[&str]) -> serde_json::Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_huaweicloud-emulator"))
        .args(["--listen", "127.0.0.1:0"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).expect("read the JSON line");
    let v: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");

    // It serves: an authenticated list call.
    let endpoint = v["endpoint"].as_str().unwrap();
    let addr = endpoint.strip_prefix("http://").unwrap();
    let dds = v["instances"]["dds"][0]["id"].as_str().unwrap();
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET /v3/{}/instances/{dds}/auditlog?start_time=2024-01-01T00:00:00%2B0800&end_time=2024-01-02T00:00:00%2B0800 HTTP/1.1\r\nHost: {addr}\r\nX-Auth-Token: {}\r\nConnection: close\r\n\r\n",
        v["project_id"].as_str().unwrap(),
        v["token"].as_str().unwrap()
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            Instant::now() < deadline,
            "the emulator did not stop on {signal}"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(exit.success(), "{signal}: {exit:?}");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "", "exactly one line on stdout");
    v
}

#[test]
fn prints_one_json_line_and_stops_on_sigterm() {
    let v = run_and_stop("-TERM", &[]);
    let endpoint = v["endpoint"].as_str().unwrap();
    assert!(endpoint.starts_with("http://127.0.0.1:"), "{endpoint}");
    assert!(!endpoint.ends_with(":0"));
    for key in ["project_id", "ak", "sk", "token"] {
        assert!(!v[key].as_str().unwrap().is_empty(), "{key}");
    }
    let instances = &v["instances"];
    assert_eq!(instances["dds"].as_array().unwrap().len(), 2);
    assert_eq!(instances["rds"].as_array().unwrap().len(), 2);
    assert_eq!(instances["taurusdb"].as_array().unwrap().len(), 2);
    assert!(instances["dds"][0]["nodes"].as_array().unwrap().len() >= 2);
    assert!(
        !instances["taurusdb"][1]["nodes"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(instances["rds"][0].get("nodes").is_none());
    // IAM and the metadata service are on the same listener.
    assert_eq!(v["iam_endpoint"], v["endpoint"]);
    assert_eq!(v["metadata_endpoint"], v["endpoint"]);
    assert_eq!(v["region"], "cn-north-4");
    // Each service's own listener, on another port of the same address.
    let services = v["service_endpoints"].as_object().unwrap();
    assert_eq!(services.len(), 3);
    for service in ["dds", "rds", "taurusdb"] {
        let url = services[service].as_str().unwrap();
        assert!(
            url.starts_with("http://127.0.0.1:") && url != endpoint,
            "{url}"
        );
    }
    assert_eq!(v.as_object().unwrap().len(), 10);
}

#[test]
fn options_are_honoured_and_sigint_stops_it() {
    let v = run_and_stop(
        "-INT",
        &[
            "--ak",
            "MYAK",
            "--sk",
            "MYSK",
            "--token",
            "tok",
            "--project-id",
            "0123456789abcdef0123456789abcdef",
            "--seed",
            "42",
            "--logs-per-instance",
            "2",
            "--file-size",
            "10",
            "--link-ttl",
            "5m",
            "--taurusdb-shape",
            "array",
            "--faults",
            "delay=1ms@0.5",
            "--now",
            "2024-01-01T12:00:00Z",
            "--region",
            "cn-east-3",
            "--domain-id",
            "abc123",
            "--extra-project",
            "cn-east-3=fedcba9876543210fedcba9876543210",
            "--extra-project",
            "ap-southeast-1=00112233445566778899aabbccddeeff",
            "--metadata-token",
            "required",
            "--metadata-agency",
            "false",
            "--metadata-credential-ttl",
            "90m",
            "--metadata-fault",
            "expired",
        ],
    );
    assert_eq!(v["region"], "cn-east-3");
    assert_eq!(v["ak"], "MYAK");
    assert_eq!(v["sk"], "MYSK");
    assert_eq!(v["token"], "tok");
    assert_eq!(v["project_id"], "0123456789abcdef0123456789abcdef");
}

#[test]
fn bad_options_are_refused() {
    for args in [
        &["--faults", "explode=1"][..],
        &["--taurusdb-shape", "tuple"],
        &["--project-id", "short"],
        &["--link-ttl", "soon"],
        &["--metadata-token", "sometimes"],
        &["--metadata-fault", "boom"],
        &["--metadata-agency", "maybe"],
        &["--metadata-credential-ttl", "0"],
        &["--extra-project", "cn-east-3"],
        &["--extra-project", "cn-east-3=short"],
        &["--region", ""],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_huaweicloud-emulator"))
            .args(args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
