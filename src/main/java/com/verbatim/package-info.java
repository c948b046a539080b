/** Start-up: {@code Main} reads the configuration once and {@code MainVerticle} deploys the verticles in order. */
package com.verbatim;
