import { describe, expect, it } from "vitest";
import { isLoopbackDatabaseUrl, isLoopbackHost, isLoopbackHostHeader, isLoopbackUrl } from "./loopback";

describe("isLoopbackHost", () => {
  it.each(["localhost", "LOCALHOST", "localhost.", "127.0.0.1", "127.0.1.1", "127.255.255.254", "[::1]", "::1"])("accepts %s", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(["candidats.example.fr", "0.0.0.0", "10.0.0.1", "192.168.1.10", "128.0.0.1", "127.0.0.256", "localhost.example.fr", "mylocalhost", "[::2]", "[::ffff:8.8.8.8]", ""])("refuses %s", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe("isLoopbackUrl and isLoopbackHostHeader", () => {
  it("reads the host of an address or of a Host header, port or not", () => {
    expect(isLoopbackUrl("http://localhost:3000")).toBe(true);
    expect(isLoopbackUrl("http://127.0.0.1:3600/api/health")).toBe(true);
    expect(isLoopbackUrl("http://[::1]:3000")).toBe(true);
    expect(isLoopbackUrl("https://candidats.example.fr")).toBe(false);
    // Credentials before the host do not make it local.
    expect(isLoopbackUrl("https://localhost@candidats.example.fr")).toBe(false);
    expect(isLoopbackUrl("pas une adresse")).toBe(false);
    expect(isLoopbackHostHeader("localhost:3600")).toBe(true);
    expect(isLoopbackHostHeader("[::1]:3600")).toBe(true);
    expect(isLoopbackHostHeader("candidats.example.fr")).toBe(false);
    expect(isLoopbackHostHeader("localhost:3600@candidats.example.fr")).toBe(false);
    expect(isLoopbackHostHeader(null)).toBe(false);
    expect(isLoopbackHostHeader("")).toBe(false);
  });
});

describe("isLoopbackDatabaseUrl", () => {
  it("accepts this machine by address or Unix socket", () => {
    expect(isLoopbackDatabaseUrl("postgresql://postgres@127.0.0.1:5432/postgres")).toBe(true);
    expect(isLoopbackDatabaseUrl("postgres://u:p@localhost/portail")).toBe(true);
    expect(isLoopbackDatabaseUrl("postgresql://u@[::1]:5432/portail")).toBe(true);
    expect(isLoopbackDatabaseUrl("postgresql:///portail")).toBe(true);
    expect(isLoopbackDatabaseUrl("postgresql:///portail?host=/var/run/postgresql")).toBe(true);
  });

  it("refuses another machine, however it is written", () => {
    expect(isLoopbackDatabaseUrl("postgresql://portail:motdepasse@db.example.fr:5432/portail")).toBe(false);
    expect(isLoopbackDatabaseUrl("postgresql://u@localhost/portail?host=db.example.fr")).toBe(false);
    expect(isLoopbackDatabaseUrl("postgresql://u@10.0.0.5/portail")).toBe(false);
    expect(isLoopbackDatabaseUrl("pas une adresse")).toBe(false);
  });
});
