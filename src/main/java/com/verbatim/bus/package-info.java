/** The event bus contract: every address ({@code Addresses}), the error codes replies fail with, and the helpers that reply. */
package com.verbatim.bus;
