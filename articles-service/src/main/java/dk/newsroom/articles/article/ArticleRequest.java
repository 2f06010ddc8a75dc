package dk.newsroom.articles.article;

import java.util.List;

import dk.newsroom.platform.content.HttpUrl;
import dk.newsroom.platform.content.RichText;
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
public record ArticleRequest(@NotBlank @Size(max = 200) String headline, @NotBlank @Size(max = 600) String lead,
		@NotBlank @Size(max = 100_000) String body, @Valid ImageRequest topImage,
		@NotBlank @Size(max = 60) String section, @Size(max = 10) List<@NotBlank @Size(max = 100) String> authors,
		@Size(max = 100) String source,
		@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as da") String language,
		@Size(max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = "[^\\p{Cntrl}]*",
				message = "must not contain control characters") String> tags) {

	/**
	 * @param url absolute http(s) URL of the picture
	 */
	public record ImageRequest(@NotNull @HttpUrl @Size(max = 2000) String url, @Size(max = 300) String caption,
			@Size(max = 200) String credit) {

		Image toImage() {
			return new Image(this.url, this.caption, this.credit);
		}

	}

	ArticleContent toContent() {
		return new ArticleContent(this.headline.strip(), this.lead.strip(), RichText.sanitize(this.body),
				(this.topImage != null) ? this.topImage.toImage() : null, this.section.strip(),
				(this.authors != null) ? this.authors.stream().map(String::strip).toList() : List.of(),
				(this.source != null && !this.source.isBlank()) ? this.source.strip() : null,
				(this.language != null) ? this.language : "da",
				(this.tags != null) ? this.tags.stream().map(String::strip).distinct().toList() : List.of());
	}

}
