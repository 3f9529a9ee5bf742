package dev.chatdesk.connectors.agent;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.connectors.http.ApiError;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {
    @Test
    void aLongPasswordOfItsOwnIsTaken() {
        assertDoesNotThrow(() -> PasswordRule.check("grace", "correct horse battery"));
        assertDoesNotThrow(() -> PasswordRule.check("admin", "Tr4v3l-Mug-42"));
    }

    @Test
    void shortRepeatedWellKnownOrUsernamePasswordsAreRefusedSayingWhy() {
        assertTrue(refused("grace", "short1!").contains("at least 10"));
        assertTrue(refused("grace", "grace-2026-spring").contains("username"));
        assertTrue(refused("admin", "ADMIN-password-1").contains("username"));
        assertTrue(refused("grace", "aaaaaaaaaaaa").contains("repeated"));
        assertTrue(refused("grace", "abababababab").contains("repeated"));
        assertTrue(refused("grace", "Password123").contains("guesser"));
        assertTrue(refused("grace", "qwertyuiop").contains("guesser"));
    }

    private static String refused(String username, String password) {
        ApiError error = assertThrows(ApiError.class, () -> PasswordRule.check(username, password));
        return error.getMessage();
    }
}
