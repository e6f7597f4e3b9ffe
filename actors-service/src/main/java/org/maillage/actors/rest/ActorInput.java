package org.maillage.actors.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.ActorProposal;
import org.maillage.actors.domain.Address;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;
import org.maillage.vocabulary.Theme;

/** Everything a client sets on an actor: the body of POST and PUT, and the document a merge patch edits. */
@Schema(name = "ActorInput", description = "An organisation as a client writes it")
public record ActorInput(
        @Schema(description = "Name of the organisation", example = "Ambérieu Solidarités")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Kind of organisation; it determines the world", example = "ASSOCIATION")
        @NotNull ActorKind kind,
        @Schema(example = "Épicerie solidaire et accompagnement des familles du Bugey") @Size(max = 5000) String description,
        @Schema(example = "https://amberieu-solidarites.fr")
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http(s) URL") String website,
        @Schema(example = "contact@amberieu-solidarites.fr") @Email @Size(max = 320) String email,
        @Schema(description = "Phone number, international (+33…) or French national format", example = "+33474380000")
        @Pattern(regexp = "\\+?[0-9][0-9 .-]{5,20}", message = "must be a phone number") @Size(max = 22) String phone,
        @Valid Address address,
        @Schema(description = "Territories the organisation acts on") @Size(max = 200)
        List<@NotNull @Valid TerritoryInput> territories,
        @Schema(description = "What the organisation works on") @Size(max = 14) Set<@NotNull Theme> themes,
        @Size(max = 20) List<@NotNull @Valid Identifier> identifiers,
        @Size(max = 50) List<@NotNull @Valid ExternalRef> externalRefs) {

    /** The actor as the service takes it; absent lists are empty. */
    public ActorProposal toProposal() {
        return new ActorProposal(name, kind, description, website, email, phone, address,
                territories == null ? List.of() : territories.stream().map(TerritoryInput::toName).toList(),
                themes == null ? Set.of() : themes,
                identifiers == null ? List.of() : identifiers,
                externalRefs == null ? List.of() : externalRefs);
    }

    /** The document a merge patch edits. */
    public static ActorInput of(ActorProposal actor) {
        return new ActorInput(actor.name(), actor.kind(), actor.description(), actor.website(), actor.email(),
                actor.phone(), actor.address(), actor.territories().stream().map(TerritoryInput::of).toList(),
                actor.themes(), actor.identifiers(), actor.externalRefs());
    }
}
