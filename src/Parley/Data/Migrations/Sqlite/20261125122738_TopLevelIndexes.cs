using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TopLevelIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Comments_StoryId_ParentId_CreatedAt_Id",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_StoryId_ParentId_Score_Id",
                table: "Comments");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_StoryId_CreatedAt_Id",
                table: "Comments",
                columns: new[] { "StoryId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_TopLevel_Score",
                table: "Comments",
                columns: new[] { "StoryId", "Score", "Id" },
                filter: "\"ParentId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_TopLevel_Time",
                table: "Comments",
                columns: new[] { "StoryId", "CreatedAt", "Id" },
                filter: "\"ParentId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Comments_StoryId_CreatedAt_Id",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_TopLevel_Score",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_TopLevel_Time",
                table: "Comments");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_StoryId_ParentId_CreatedAt_Id",
                table: "Comments",
                columns: new[] { "StoryId", "ParentId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_StoryId_ParentId_Score_Id",
                table: "Comments",
                columns: new[] { "StoryId", "ParentId", "Score", "Id" });
        }
    }
}
