package dk.newsroom.articles.article;

import java.util.List;

import dk.newsroom.platform.content.HttpUrl;
import dk.newsroom.platform.content.PlainText;
import dk.newsroom.platform.content.RichText;
import dk.newsroom.platform.resource.ContentRequest;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor sends to create or fully update an article.
 *
 * @param body HTML; sanitised against the news allowlist before it is stored
 * @param language ISO 639-1, {@code da} when absent
 */
@Schema(description = """
		What an editor sends to create or fully update an article. No text may contain control characters, \
		unpaired surrogates or U+FFFE/U+FFFF; one-line fields no tab or line break either.""")
public record ArticleRequest(
		@Schema(description = "One line", example = "Østjysk it-firma åbner nyt datacenter i Århus") @NotBlank @Size(
				max = 200) @PlainText String headline,
		@Schema(description = "The introduction under the headline",
				example = "Virksomheden vil ansætte 40 medarbejdere inden sommer.") @NotBlank @Size(
						max = 600) @PlainText(multiline = true) String lead,
		@Schema(description = """
				HTML, sanitised on the way in against the news allowlist (`p br h2 h3 h4 strong em b i u s sub sup \
				ul ol li blockquote q cite figure figcaption img a code pre hr`; `href`, `src` and `cite` only as \
				absolute http(s) URLs); a body with nothing left after sanitising is a 400""",
				example = "<p>Datacenteret står klar i <strong>marts</strong>.</p>") @NotBlank @Size(
						max = 100_000) @PlainText(multiline = true) String body,
		@Schema(description = "The picture at the top; optional") @Valid ImageRequest topImage,
		@Schema(description = "One line",
				example = "Infrastruktur") @NotBlank @Size(max = 60) @PlainText String section,
		@ArraySchema(arraySchema = @Schema(description = "The bylines"),
				schema = @Schema(description = "One line", example = "Mette Kjær")) @Size(
						max = 10) List<@NotBlank @Size(max = 100) @PlainText String> authors,
		@Schema(description = "Where the story comes from, one line; optional",
				example = "Ritzau") @Size(max = 100) @PlainText String source,
		@Schema(description = "ISO 639-1; `da` when absent", example = "da") @Pattern(regexp = "[a-z]{2}",
				message = "must be a two-letter ISO 639-1 code such as da") String language,
		@ArraySchema(arraySchema = @Schema(description = "Exact tags; duplicates are dropped"),
				schema = @Schema(example = "datacenter")) @Size(
						max = 20) List<@NotBlank @Size(max = 50) @PlainText String> tags)
		implements
			ContentRequest<ArticleContent> {

	/**
	 * @param url absolute http(s) URL of the picture
	 */
	@Schema(description = "A picture with its caption and credit")
	public record ImageRequest(
			@Schema(description = """
					An absolute http(s) URL with a host, printable ASCII only (no whitespace, no credentials; \
					international host names as `xn--`)""",
					example = "https://billeder.newsroom.dk/2026/datacenter.jpg") @NotNull @HttpUrl @Size(
							max = 2000) String url,
			@Schema(description = "What the picture shows",
					example = "Det nye datacenter") @Size(max = 300) @PlainText(multiline = true) String caption,
			@Schema(description = "Who took it, one line",
					example = "Foto: Søren Ågård") @Size(max = 200) @PlainText String credit) {

		Image toImage() {
			return new Image(this.url, this.caption, this.credit);
		}

	}

	@Override
	public ArticleContent toContent() {
		return new ArticleContent(this.headline.strip(), this.lead.strip(), RichText.sanitize(this.body),
				(this.topImage != null) ? this.topImage.toImage() : null, this.section.strip(),
				(this.authors != null) ? this.authors.stream().map(String::strip).toList() : List.of(),
				(this.source != null && !this.source.isBlank()) ? this.source.strip() : null,
				(this.language != null) ? this.language : "da",
				(this.tags != null) ? this.tags.stream().map(String::strip).distinct().toList() : List.of());
	}

}
