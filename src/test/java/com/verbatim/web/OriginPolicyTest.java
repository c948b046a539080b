package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The /ws origin allow-list")
class OriginPolicyTest {

  @Test
  @DisplayName("lets in the server's own pages, listed origins and clients that send no Origin")
  void allowed() {
    OriginPolicy policy = new OriginPolicy(" https://news.example.com , http://127.0.0.1:9000/");
    assertThat(policy.allows(null, "verbatim.example.org")).isTrue();
    assertThat(policy.allows("https://verbatim.example.org", "verbatim.example.org")).isTrue();
    assertThat(policy.allows("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
    assertThat(policy.allows("https://News.Example.com", "verbatim.example.org")).isTrue();
    assertThat(policy.allows("https://news.example.com:443", "verbatim.example.org")).isTrue();
    assertThat(policy.allows("http://127.0.0.1:9000", "127.0.0.1:8080")).isTrue();
  }

  @Test
  @DisplayName("refuses other origins, another port of the same host, and the opaque origin null")
  void refused() {
    OriginPolicy policy = new OriginPolicy("https://news.example.com");
    assertThat(policy.allows("https://evil.example.com", "verbatim.example.org")).isFalse();
    assertThat(policy.allows("http://news.example.com", "verbatim.example.org")).isFalse();
    assertThat(policy.allows("http://127.0.0.1:9000", "127.0.0.1:8080")).isFalse();
    assertThat(policy.allows("null", "verbatim.example.org")).isFalse();
    assertThat(new OriginPolicy("").allows("https://news.example.com", "verbatim.example.org")).isFalse();
  }

  @Test
  @DisplayName("lets every origin in only when set to * explicitly")
  void star() {
    assertThat(new OriginPolicy("*").allows("https://anyone.example", "verbatim.example.org")).isTrue();
    assertThat(new OriginPolicy("https://a.example, *").allows("null", "verbatim.example.org")).isTrue();
  }
}
