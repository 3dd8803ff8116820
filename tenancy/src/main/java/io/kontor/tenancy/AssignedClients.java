package io.kontor.tenancy;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks operations on a client's data ({@code {clientId}} in the path) that an accountant may only call for the
 * clients assigned to them; {@link AssignedClientFilter} enforces it before the resource runs, with the service's
 * own {@link ClientDirectory}. Put it on a resource class to cover every operation in it, and on every new one.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AssignedClients {
}
